// Victims told "at the scene": the place of the event just told, not one of their own.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "كما أصيب طفل كان يمر بالمكان" (a child passing by the spot was also wounded), "كما جرح اثنان من
 * المارة" (two passers-by), "كما قتل مدني كان يمر بالقرب من مكان الانفجار" (near the spot of the
 * blast), "كما قتل سائق أجرة برصاصة طائشة أثناء مروره في الشارع" (while driving by): whoever was
 * hit at the spot of the event just told — the scene, or passing by it — was hit by that event (read
 * after "كما", which alone opens another item of a roundup).
 */
const AT_THE_SCENE = new RegExp(
  `(?<!${L})(?:${anyOf(['بالمكان', 'في المكان', 'بمكان الحادث', 'في مكان الحادث', 'في موقع الحادث', 'في موقع الانفجار', 'في موقع الهجوم', 'مكان الانفجار', 'مكان التفجير', 'موقع التفجير', 'مكان الهجوم', 'المارة', 'مارة', 'عابر سبيل', 'عابري سبيل', 'كان يمر', 'كانت تمر', 'كانا يمران', 'كانوا يمرون', 'أثناء مروره', 'أثناء مرورها', 'خلال مروره', 'خلال مرورها'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells of someone at the scene of the event. */
export const atTheScene = (matchText: string): boolean => AT_THE_SCENE.test(matchText);
