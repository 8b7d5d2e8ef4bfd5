// The side hit answering with a blow from afar, its uncounted toll told in the clause joined after it.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { tellsUncountedToll } from '../casualties/uncounted-toll.js';
import { CUES } from '../events/event-cues.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { answersCountingNoOne } from './answer-uncounted-toll.js';

/** The joint cue as a plain pattern ("قتلى ومصابين", "بين قتيل ومصاب", "casualties"). */
const JOINT = new RegExp(CUES.combined.source, 'u');

/**
 * The clause after goes on with the same doer, no subject of its own: an Arabic verb joined by "و"
 * ("وأوقعت", "وقضت", "وكبدت"), or an English participle ("inflicting", "causing", "killing").
 */
const GOES_ON = new RegExp(
  `^\\s*(?:و(?:${anyOf(['أوقعت', 'أوقع', 'أوقعوا', 'قضت', 'قضى', 'قضوا', 'كبدت', 'كبد', 'كبدوا', 'أدت', 'أدى', 'أسفرت', 'أسفر', 'حققت', 'حقق', 'أصابت', 'أصاب', 'قتلت', 'قتل'])})|(?:${anyOf(['موقعة', 'موقعا', 'موقعين', 'ما أدى', 'ما أسفر', 'مما أدى', 'مما أسفر'])})|(?:inflicting|causing|killing|leaving))(?!${L})`,
  'u',
);

/** No figure in digits or a number word standing before a casualty noun: the toll stays uncounted. */
const DIGIT = /\p{N}/u;

/**
 * "وردت وحدات الجيش على مصادر إطلاق القذائف في X، وأوقعت قتلى ومصابين في صفوف المسلحين", "the army
 * responded with artillery on their positions, inflicting casualties on them": the side hit answers
 * with a blow from afar, and the clause joined after it, with no subject of its own, tells the
 * answer's casualties without a number. The answer is a second event with a toll of its own, as when
 * the toll is told in the same clause (answer-uncounted-toll.ts); the comma that parts the toll from
 * its blow must not merge the answer back into the blow it answered. `next` is the clause after, in
 * matching form; the answer itself must count no one.
 */
export function answersWithTollNextClause(
  facts: Pick<ClauseFacts, 'matchText' | 'event' | 'casualties'>,
  next: string | undefined,
): boolean {
  if (next === undefined) return false;
  return (
    answersCountingNoOne(facts) &&
    GOES_ON.test(next) &&
    !DIGIT.test(next) &&
    (JOINT.test(next) || tellsUncountedToll(next))
  );
}
