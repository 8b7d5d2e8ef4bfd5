// "، في حين ألقى الطيران المروحي براميل متفجرة على …": "while" followed at once by a blow of its own.

import { vowelled } from '../reading/word-pattern.js';

/**
 * The verbs that open a blow of its own straight after "، في حين" ("while"), vowelled or not and with
 * or without their hamza, matched on the article's own text: "، في حين ألقى الطيران المروحي براميل
 * متفجرة على …، ما أسفر عن مقتل ثلاثة", "، في حين قصفت المدفعية …", "، في حين استهدفت غارة …". Another
 * doer striking elsewhere is another event, a clause of its own as after "، فيما" — not more dead of the
 * clause before, as the wounded after "، في حين أصيب" are (the split stays as it was for those).
 */
export const BLOW_AFTER_WHILE_AR = [
  'ألقى',
  'القى',
  'ألقت',
  'القت',
  'قصف',
  'قصفت',
  'استهدف',
  'استهدفت',
  'شن',
  'شنت',
  'أغار',
  'اغار',
  'أغارت',
  'اغارت',
]
  .map(vowelled)
  .join('|');
