// Where a lead total is told to fall: its clause, or the rest of its sentence where the clause names none.
import { findGovernorates } from '../places/resolve.js';

/**
 * "قتل 15 شخصاً بينهم 12 مسلحاً، وأصيب ثمانية آخرون، في أعمال عنف متفرقة شهدتها محافظات بغداد
 * وديالى وبابل": the clause that counts the dead names no place, the sentence names the several
 * governorates the toll fell in; the total is placed nowhere, whatever governorate it was lent
 * (a clause with a governorate of its own keeps it: "five killed in Baghdad, two in Diyala").
 */
export function toldAcrossSeveral(clause: string, sentence: string): boolean {
  const own = findGovernorates(clause).length;
  return own > 1 || (own === 0 && findGovernorates(sentence).length > 1);
}
