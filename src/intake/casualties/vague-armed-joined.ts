// "Two peshmerga fighters and scores of militants were killed": one side counted, the other not.
import { ATTACKERS } from './casualty-words.js';
import { VAGUE_QUANTITIES } from './vague-subject.js';

/**
 * The words between an English count and its casualty verb (`between`, tokens) open on the armed
 * foe joined by "and" (maybe read with the count) with no number, only a vague quantity: "and scores of militants were", "and
 * dozens of insurgents were". The fight's other side is told uncounted; the count before still
 * counts its own side's dead, the verb's subject too — the toll is that count, the foe's uncounted
 * dead left out (as a side's dead beside "dozens" of enemy is counted alone). The words left once the
 * joined foe is passed over, or null where they do not open so (so "two soldiers and scores of
 * civilians were hurt" stays a vague subject: vague-subject.ts).
 */
export function pastVagueArmedJoined(between: readonly string[]): string[] | null {
  // (the "and" may be read with the count already, the words then opening on the quantity)
  const vague = between[0] === 'and' ? 1 : 0;
  if (!VAGUE_QUANTITIES.has(between[vague] ?? '')) return null;
  const noun = between[vague + 1] === 'of' ? vague + 2 : vague + 1;
  // ("and scores of ISIL militants": one name of the group may stand before the noun)
  const at = ATTACKERS.has(between[noun] ?? '')
    ? noun
    : ATTACKERS.has(between[noun + 1] ?? '')
      ? noun + 1
      : -1;
  return at < 0 ? null : between.slice(at + 1);
}
