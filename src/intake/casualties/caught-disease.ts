// "إصابته بفيروس كورونا", "أصيب بالكوليرا": a disease caught is told with the word of a wound, but
// no one was hurt by a blow, and one person's illness does not make the article one about an epidemic.
import { CUES } from '../events/event-cues.js';
import { ar } from '../events/cue-pattern.js';

/** A disease named right after the word: "بفيروس كورونا", "بمرض الحصبة", "بالكوليرا". */
const DISEASE = `\\s+(?:${ar(['فيروس', 'مرض'])}\\s+)?(?:${CUES.disease.source})`;
const DISEASE_NEXT = new RegExp(`^${DISEASE}`, 'iu');

/**
 * "أصيبت بانهيار عصبي", "أصيب بصدمة نفسية", "بنوبة قلبية": a fit of the mind or the heart a sight
 * brought on (a victim's mother at the news), told with the word of a wound, no one hurt by a blow.
 */
const FIT_NEXT = new RegExp(
  `^\\s+(?:${ar(['انهيار عصبي', 'صدمة نفسية', 'صدمة عصبية', 'نوبة قلبية', 'نوبة عصبية', 'جلطة'])})`,
  'u',
);

/** One person's catching it, by the pronoun: "بسبب إصابته بفيروس كورونا", "إصابتها بالكوليرا". */
const ONES_ILLNESS = new RegExp(`${ar(['إصابته', 'إصابتها'])}${DISEASE}`, 'giu');

/**
 * The casualty word ending at `end` of the clause (in matching form) names a disease caught: "تعذر
 * على شقيقه المشاركة بسبب إصابته بفيروس كورونا" is no one wounded beside the attack told; so is a
 * fit ("أصيبت بانهيار عصبي").
 */
export function caughtDisease(matchText: string, end: number): boolean {
  const after = matchText.slice(end);
  return DISEASE_NEXT.test(after) || FIT_NEXT.test(after);
}

/**
 * The text (in matching form) without one person's illness told by the pronoun: a mourner kept from
 * a funeral "by his catching the coronavirus" leaves the article one about an attack.
 */
export function withoutOnesIllness(matchText: string): string {
  return matchText.replace(ONES_ILLNESS, ' ');
}
