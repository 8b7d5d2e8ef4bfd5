// "Iraqi forces conducted a clearance operation south of the town on March 10", "detained 14
// suspects during a cordon-and-search operation June 20", "نفذت القوات أمس عملية أمنية في البساتين":
// a security operation a lead tells on its day is the deed of the lead as a raid is (raid-lead.ts);
// the tolls of the fight told after it with no day of their own ("Marines returned fire, killing two
// insurgents", "Coalition strikes killed seven fighters") are of the operation's day, not the day of
// the release that told it.
import { ar, en } from '../events/cue-pattern.js';
import { L } from '../reading/word-pattern.js';

const EN_OPERATION = new RegExp(
  `${en(['conducted', 'conducting', 'launched', 'carried out', 'during'])}\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}operations?(?!${L})`,
  'u',
);
const AR_OPERATION = new RegExp(
  `${ar(['نفذت', 'نفذ', 'نفذوا', 'شنت', 'أطلقت', 'خلال'])}\\s+(?:[\\p{L}]+\\s+){0,3}?${ar(['عملية', 'حملة'])}`,
  'u',
);

/** Whether a lead sentence tells a security operation carried out. */
export function tellsOperation(sentenceMatchText: string): boolean {
  return EN_OPERATION.test(sentenceMatchText) || AR_OPERATION.test(sentenceMatchText);
}
