// A clause that turns from other news to the day's security news.
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/**
 * "وعلى صعيد أمني،", "أمنياً،", "وفي الشأن الأمني،", "On the security front,": the head of a clause that
 * leaves the story told so far (a court's ruling, a politician's visit) for the security news of the
 * day. What it tells is an event of its own, never more of the deed the story was about. So does
 * the turn to the news "from the field", "ميدانياً،", "وعلى الصعيد الميداني،", "On the ground,".
 */
const SECURITY_TURN = new RegExp(
  `${CLAUSE_HEAD}(?:${anyOf([
    'وعلى صعيد أمني',
    'على صعيد أمني',
    'وعلى الصعيد الأمني',
    'على الصعيد الأمني',
    'وفي الشأن الأمني',
    'في الشأن الأمني',
    'وأمنياً',
    'أمنياً',
    'وأمنيا',
    'أمنيا',
    'وميدانياً',
    'ميدانياً',
    'وميدانيا',
    'ميدانيا',
    'وعلى الصعيد الميداني',
    'على الصعيد الميداني',
    'وفي الميدان',
  ])}|on the security front|in security news|on the ground(?=\\s*,))(?!${L})`,
  'iu',
);

/** The clause (in matching form) opens by turning to the security news. */
export const turnsToSecurityNews = (matchText: string): boolean => SECURITY_TURN.test(matchText);
