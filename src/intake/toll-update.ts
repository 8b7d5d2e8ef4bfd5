// Dead told in set phrases the casualty grammar does not read: a toll risen to a new figure,
// "أودى بحياة ثلاثة", "claimed the lives of four".
import { normalizeForMatch } from '../text/normalize.js';
import type { Casualties } from './casualties.js';
import type { NumberMention } from './types.js';

const f = (xs: readonly string[]): string => xs.map(normalizeForMatch).join('|');

/**
 * "ارتفعت حصيلة ضحايا انفجار … في قرية … إلى أربعة قتلى", "the death toll from Saturday's blast has
 * risen to 11": however far the verb stands from the figure, up to where the sentence turns.
 */
const RISEN_TO = new RegExp(
  `(?<![\\p{L}])[ول]?(?:${f(['ارتفعت حصيلة', 'ارتفع عدد القتلى', 'ارتفع عدد ضحايا', 'ارتفعت الحصيلة', 'وصلت حصيلة', 'ارتفاع حصيلة', 'ارتفاع عدد القتلى', 'ارتفاع عدد ضحايا', 'ترتفع حصيلة', 'ترتفع الحصيلة', 'يرتفع عدد القتلى'])})[^،,.؛]{0,160}?\\s(?:${f(['إلى'])})\\s|(?<![\\p{L}])(?:death )?toll\\s[^,.;]{0,80}?(?:rose|has risen|had risen|climbed|has climbed|increased)\\sto\\s|(?<![\\p{L}])(?:raising|bringing|pushing|taking)\\sthe\\s(?:death\\s)?toll\\s(?:[^,.;]{0,40}?\\s)?to\\s`,
  'gu',
);
/** The dead counted by the noun after the figure ("أربعة قتلى"); English tolls count the dead. */
const DEAD_AFTER = new RegExp(
  `^\\s*(?:${f(['قتلى', 'قتيلا', 'قتيل', 'قتيلين', 'قتيلان'])}|people|dead)?(?![\\p{L}])`,
  'u',
);

/**
 * "أودى في كانون الثاني الماضي بحياة ثلاثة جنود", "راح ضحيته خمسة", "claimed the lives of four people":
 * the lives taken, the date or the place possibly between the verb and its count.
 */
const LIVES_OF = new RegExp(
  `(?<![\\p{L}])و?(?:${f(['أودى', 'أودت', 'اودى', 'اودت'])})(?:\\s+[^\\s،,.؛]+){0,5}?\\s+(?:${f(['بحياة'])})\\s|(?<![\\p{L}])(?:${f(['راح ضحيته', 'راح ضحيتها', 'ذهب ضحيته', 'ذهب ضحيتها'])})\\s|(?<![\\p{L}])claim(?:ed|ing) the lives of\\s`,
  'gu',
);

/** The clause (in matching form) tells a toll risen to a new figure: the figure replaces the one told before. */
export function tellsRisenToll(matchText: string): boolean {
  RISEN_TO.lastIndex = 0;
  return RISEN_TO.test(matchText);
}

/** The casualties, with the dead a risen toll gives in place of the earlier figure of the clause. */
export function withRisenToll(
  matchText: string,
  numbers: readonly NumberMention[],
  casualties: Casualties,
): Casualties {
  for (const m of matchText.matchAll(RISEN_TO)) {
    const at = m.index + m[0].length;
    const n = numbers.find((x) => x.start === at);
    if (n && DEAD_AFTER.test(matchText.slice(n.end))) return { ...casualties, killed: n.value };
  }
  if (casualties.killed !== null) return casualties;
  for (const m of matchText.matchAll(LIVES_OF)) {
    const n = numbers.find((x) => x.start === m.index + m[0].length);
    if (n) return { ...casualties, killed: n.value };
  }
  return casualties;
}
