// "وشهدت الاحتفالية تكريم 40 جريحاً", "the minister honoured 30 wounded fighters": the hurt of past
// fighting, honoured or visited, are no casualties of an event of the news.
import { AR_PREFIX } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** Honouring, visiting, rewarding: what is done for people, not to them. */
const HONOURING_AR = [
  'تكريم',
  'كرم',
  'كرمت',
  'يكرم',
  'زيارة',
  'زار',
  'زارت',
  'تعويض',
  'عوض',
  'منح',
  'مكافأة',
];
const HONOURING_EN = '(?:honou?r(?:ed|ing|s)?|visit(?:ed|ing|s)?|reward(?:ed|ing|s)?|decorat(?:ed|ing))';
/** The hurt or the dead, named by the noun of what befell them: "جريحاً", "الجرحى", "شهداء". */
const HURT_AR = ['جريح', 'جريحا', 'جرحى', 'مصاب', 'مصابا', 'مصابين', 'شهيد', 'شهداء'];

/**
 * A verb or noun of honouring, then a count (in digits), then the hurt by their noun: "تكريم 40 جريحاً
 * فقدوا أطرافهم في المعارك", "honoured 40 wounded fighters". Those counted were hurt before, in
 * fighting told elsewhere or not at all. (The count must follow at once: "هاجم مسلحون وفداً خلال
 * زيارة للجرحى" is an attack during a visit.)
 */
const HONOURED_HURT = new RegExp(
  `(?<!${L})${AR_PREFIX}(?:${anyOf(HONOURING_AR)})\\s+\\d+\\s+(?:${anyOf(HURT_AR)})(?!${L})|(?<!${L})${HONOURING_EN}\\s+\\d+\\s+(?:wounded|injured)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells the hurt of past fighting honoured or visited: no event. */
export const honoursTheHurt = (matchText: string): boolean => HONOURED_HURT.test(matchText);
