// "Fighting over the two days killed 26 rebels and 17 soldiers and allied militiamen", then "government
// shelling killed three members of one family" and "an air strike … killed two children": a span's toll
// told of a fight, counting the dead of both its sides, is that fight's — the blows from afar told
// after it (shelling, strikes, bombs), whose dead are no side's fighters, are none of its parts,
// though a span's toll otherwise sums whatever the span's events add up to (lead-totals.ts).
import { ARMED_EN, FORCES_EN } from '../casualties/side-told-on-en.js';
import { FIGHT_NOUNS_EN } from '../attackers/fight-nouns.js';

/** The fight the clause tells: "fighting", "clashes", "battles". */
const FIGHT = new RegExp(String.raw`(?<![\p{L}])${FIGHT_NOUNS_EN}(?![\p{L}])`, 'u');

/** A blow named in the clause beside the fight: then its toll may be the blows' too. */
const BLOW =
  /(?<![\p{L}])(?:attack|assault|ambush|raid|bomb|suicide|explosi|blast|strike|shell|mortar|rocket|drone)/u;

const ARMED = new RegExp(String.raw`(?<![\p{L}])${ARMED_EN}(?![\p{L}])`, 'u');
const FORCES = new RegExp(String.raw`(?<![\p{L}])${FORCES_EN}(?![\p{L}])`, 'u');

/** The total's clause (matching form) tells a fight and counts armed men and forces, no blow named. */
export function spanFightOfSides(matchText: string): boolean {
  return FIGHT.test(matchText) && ARMED.test(matchText) && FORCES.test(matchText) && !BLOW.test(matchText);
}
