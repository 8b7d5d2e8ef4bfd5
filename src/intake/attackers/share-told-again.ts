// "قتل ثلاثة عناصر من التنظيم واثنان من عناصر الأمن خلال مداهمة…", then "وانتهت الاشتباكات بمقتل
// ثلاثة من عناصرها": the clause that opened the fight told both sides' shares and summed them; a
// later count of one side's own ("من عناصرها", the pronoun pointing at the side just named) that is one
// of those shares tells it again — no more dead to add.
import type { Building } from '../incidents/incident-types.js';
import { findNumbers } from '../reading/numbers.js';
import { spanOf, type Count } from '../reading/count.js';
import { matchView } from '../reading/view.js';

/**
 * The fight's toll is two shares its opening clause counted, `killed` one of them: the clause names
 * both numbers, `killed` and the rest of the toll. Exact counts only.
 */
export function shareToldAgain(fight: Building, killed: Count): boolean {
  if (fight.killed === null) return false;
  const toll = spanOf(fight.killed);
  const share = spanOf(killed);
  if (toll.low !== toll.high || share.low !== share.high || share.low >= toll.low) return false;
  const told = findNumbers(matchView(fight.source)).map((n) => n.value);
  return told.includes(share.low) && told.includes(toll.low - share.low);
}
