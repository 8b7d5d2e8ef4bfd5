// "أوقفوا حافلة واقتادوا ركابها إلى بستان قريب حيث أعدموهم رمياً بالرصاص": a killing told of those the
// lead named, by a verb or a noun with their pronoun and no count, is the deed of a lead as a blow or
// a raid is; the toll told after it with no day of its own ("إن عدد الضحايا يتراوح ما بين 10 و12")
// is of that day.
import { ar } from '../events/cue-pattern.js';

const KILLED_THEM = new RegExp(
  ar([
    'قتلوهم',
    'قتلوه',
    'قتلوها',
    'قتلوهما',
    'أعدموهم',
    'أعدموه',
    'أعدموها',
    'أعدموهما',
    'اغتالوه',
    'اغتالوها',
    'اغتالوهم',
    'صفوهم',
    'صفوه',
    'مقتلهم',
    'مقتلهما',
    'إعدامهم',
    'تصفيتهم',
  ]),
  'u',
);

/** Whether a lead sentence tells those it named killed, by their pronoun. */
export function tellsKillingOfThem(sentenceMatchText: string): boolean {
  return KILLED_THEM.test(sentenceMatchText);
}
