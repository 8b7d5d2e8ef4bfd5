// "قُتل متظاهران بعد ظهر اليوم … خلال تشييع رمزي لضحايا أمس": blood shed at a funeral is the event,
// on its own day; the dead being buried are not the ones counted.
import { CUES } from './event-cues.js';
import { funeralAt } from './funeral.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "خلال", "أثناء", "during", "at": what the casualties were told in, right before the funeral's word. */
const DURING = new RegExp(
  `(?<!${L})(?:${anyOf(['خلال', 'أثناء', 'اثناء', 'في أثناء'])}|during|at)\\s+(?:(?:the|a)\\s+)?$`,
  'u',
);

/**
 * "أطلقت قوات الأمن النار على موكب تشييع", "troops opened fire on a funeral procession", "قصفت الطائرات
 * مجلس عزاء": the funeral itself the target of the shooting or the blow, right before its word.
 */
const FIRED_ON = new RegExp(
  `(?<!${L})(?:${anyOf(['النار', 'الرصاص', 'قصفت', 'قصف', 'استهدفت', 'استهدف'])}|fire|fired|shelled|targeted|struck|hit)\\s+(?:(?:${anyOf(['على'])}|on|at|into)\\s+)?(?:(?:the|a)\\s+)?(?:${anyOf(['موكب', 'مراسم'])}\\s+)?$`,
  'u',
);

/**
 * "قتل متظاهران … خلال تشييع رمزي لضحايا أمس", "two mourners were shot dead during the funeral of
 * Sunday's victims": casualties told before a funeral that they happened during are the funeral's
 * own; the day after the dead it buried is theirs, not the one counted.
 */
export function killedAtFuneral(matchText: string): boolean {
  const funeral = funeralAt(matchText);
  if (funeral === null) return false;
  const before = matchText.slice(0, funeral);
  // (so are those of shooting at it, told after it: "…النار على موكب تشييع أحد قتلى الجمعة، ما أدى
  // إلى مقتل شخصين")
  return (
    (DURING.test(before) && (before.search(CUES.killed) >= 0 || before.search(CUES.wounded) >= 0)) ||
    FIRED_ON.test(before)
  );
}
