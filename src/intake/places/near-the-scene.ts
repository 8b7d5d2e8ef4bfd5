// "فيما أصيب راعٍ كان يرعى أغنامه قرب موقع القصف": hit by the event just told, at its spot.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * The spot of the event just told, named by the event itself: "قرب موقع القصف", "بالقرب من مكان
 * الانفجار", "near the site of the strike", "at the scene of the blast". Someone hit there was hit by
 * that event, though told in a paragraph of their own.
 */
const NEAR_THE_SCENE = new RegExp(
  `(?<!${L})(?:${anyOf(['قرب', 'بالقرب من', 'على مقربة من', 'في', 'ب'])})\\s*(?:${anyOf(['موقع', 'مكان'])})\\s+(?:${anyOf(['القصف', 'الحادث', 'الحادثة', 'الانفجار', 'التفجير', 'الهجوم', 'الغارة', 'الضربة', 'الاستهداف'])})(?!${L})|(?<!${L})(?:near|at|close to) the (?:site|scene|spot) of the (?:strike|airstrike|drone strike|blast|explosion|attack|bombing|shelling)(?!${L})`,
  'u',
);

/** The clause (in matching form) places its victims at the spot of the event just told. */
export const nearTheScene = (matchText: string): boolean => NEAR_THE_SCENE.test(matchText);
