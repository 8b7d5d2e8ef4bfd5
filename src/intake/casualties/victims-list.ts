// "الضحايا هم: ٥ مواطنين قضوا في…": "هم" after the victims is the copula of a roundup's list, no "among them".
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

const VICTIMS = new Set(
  ['الضحايا', 'والضحايا', 'القتلى', 'والقتلى', 'الشهداء', 'والشهداء'].map(normalizeForMatch),
);
const COPULA = new Set(['هم', 'وهم'].map(normalizeForMatch));

/**
 * "فإن الضحايا هم: ٥ مواطنين بينهم طفلان قضوا في غارات على X، و٤ مواطنين قضوا في Y": the count at
 * `start` follows "the victims are", the heading of the items an observatory lists one by one, so it
 * is the count of its own verb (as after "بينهم" it would be the ones among the counted, not so here).
 */
export function headsVictimsList(tokens: readonly Token[], start: number): boolean {
  return COPULA.has(tokens[start - 1]?.word ?? '') && VICTIMS.has(tokens[start - 2]?.word ?? '');
}

/**
 * "وأشار إلى أن القتلى هم ثلاثة رجال وامرأة (60 عاماً) أصيبت برصاصة طائشة": someone joined by "و" to
 * the list "the dead are" opens before `start` in the clause is one of those dead; the verb after
 * tells how she was hit, no one more wounded.
 */
export function joinedToVictimsList(tokens: readonly Token[], start: number): boolean {
  for (let at = start - 1; at >= 1; at--)
    if (COPULA.has(tokens[at]!.word) && VICTIMS.has(tokens[at - 1]!.word)) return true;
  return false;
}
