// "…، بينما أصيب 15 من الطرفين، بعد هجوم على حاجز عند مدخل بلدة X": casualties counted of both sides
// of a fight are that fight's, whatever spot the clause goes on to name as where it began.
import type { Building } from '../incidents/incident-types.js';
import { matchView } from '../reading/view.js';

/** "من الطرفين", "من كلا الجانبين", "on both sides", "from both sides" (the match view has ة as ه, ى as ي). */
const BOTH_SIDES =
  /(?<![\p{L}])(?:(?:من|في صفوف)\s+(?:كلا\s+)?(?:الطرفين|الجانبين|الفريقين)|(?:on|from|of)\s+both\s+sides)(?![\p{L}])/u;

/**
 * The clause counts its dead or wounded of both sides, after a clash was told: the clash's toll,
 * not another event at a spot of its own (a town the gazetteer does not know, told as where the
 * fight began).
 */
export const countsBothSidesOf = (current: Building | undefined, clauseText: string): boolean =>
  current?.event.subType === 'armed_clash' && BOTH_SIDES.test(matchView(clauseText).text);
