// "…مقتل 22 من الفصيل و14 من الهيئة، في حين تحدثت مصادر أخرى عن مقتل أكثر من 50 من الطرفين": dead
// counted "of both sides" are a whole toll of the fight (another teller's, or the same told again),
// never the other side's share of it to be added to the dead told before (fight-sides.ts).
import { OF_BOTH_SIDES } from '../roundups/dead-in-fight-of-sides.js';

/** The clause (matching form) counts its dead of both sides: "من الطرفين", "من كلا الجانبين". */
export function countsBothSides(matchText: string): boolean {
  return OF_BOTH_SIDES.test(matchText);
}
