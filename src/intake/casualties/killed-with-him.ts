// "سبعة من القادة قتلوا معه": the dead counted "with him" are others beside one dead told before.
import type { Casualties } from './casualties.js';
import { sumCounts } from '../reading/count.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "إن سبعة من قادة الفصيل قتلوا معه في الغارة", "وقضى معه ثلاثة من مرافقيه", "four of his guards were
 * killed with him", "…were killed alongside him": the verb of the counted dead then "with him" (one
 * man, named before): he was killed too, and the count is of the others, so the blow's dead are the
 * count and one. (Not "معهم", with them: how many is not told; nor "قتل معه" with no count in the
 * clause, which the grammar reads as it is.)
 */
const KILLED_WITH_HIM = new RegExp(
  `(?<!${L})[وف]?(?:${f(['قتلوا', 'قتلا', 'قتل', 'قتلت', 'استشهدوا', 'استشهدا', 'استشهد', 'قضوا', 'قضى', 'لقوا حتفهم', 'لقي حتفه', 'سقطوا', 'سقط'])})\\s+(?:${f(['معه', 'برفقته'])})(?!${L})|(?<!${L})(?:were|had\\s+been|have\\s+been|was)\\s+killed\\s+(?:along\\s+with|alongside|with)\\s+him(?!${L})`,
  'u',
);

/** The casualties with the one the counted dead died "with" added to them, where the clause tells it so. */
export function withHimToo(matchText: string, casualties: Casualties): Casualties {
  if (casualties.killed === null || !KILLED_WITH_HIM.test(matchText)) return casualties;
  // (he may be the one an event counted before: one-told-with-kin.ts)
  const others = typeof casualties.killed === 'number' ? { alongWith: casualties.killed } : {};
  return { ...casualties, killed: sumCounts([casualties.killed, 1]), ...others };
}
