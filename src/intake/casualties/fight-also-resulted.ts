// "قتل أربعة من مقاتليها خلال اشتباكات مع مسلحي التنظيم، أسفرت أيضاً عن مقتل 17 مسلحاً": the fight that
// killed the first side's dead "also" killed the others — the other side's dead, the fight's toll too.
import { FIGHT_WORDS_AR } from '../attackers/fight-nouns.js';
import { withoutArabicClitic, type Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

const words = (list: readonly string[]): Set<string> => new Set(list.map(normalizeForMatch));
const RESULTED = words(['أسفرت', 'أسفر', 'أدت', 'أدى', 'خلفت', 'خلف']);
const ALSO = words(['أيضا', 'أيضاً', 'كذلك']);
const TO = words(['عن', 'إلى', 'الى']);
/** A fight between sides: the verb of result hangs on it, not on a blow one side struck. */
const FIGHT = words(FIGHT_WORDS_AR);

/**
 * Whether the killing cue at token `cue` follows "أسفرت أيضاً عن" (or "أدت كذلك إلى"), in a clause
 * whose dead were counted before it in a fight it names: the "also" adds the fight's other dead to
 * those counted first, whichever side they were (not "وأسفر عن مقتل": no "also", maybe a blow's doers).
 */
export function fightAlsoResulted(tokens: readonly Token[], cue: number): boolean {
  const fightAt = tokens.findIndex(
    (t, i) => i < cue && withoutArabicClitic(t.word).some((w) => FIGHT.has(w)),
  );
  return (
    fightAt >= 0 &&
    TO.has(tokens[cue - 1]?.word ?? '') &&
    ALSO.has(tokens[cue - 2]?.word ?? '') &&
    RESULTED.has(tokens[cue - 3]?.word ?? '')
  );
}
