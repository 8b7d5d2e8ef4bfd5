// The last few days a toll is told over, up to the news.
import { anyOf } from './word-pattern.js';

/**
 * "killed more than 30 civilians in two days", "over the past three days", "خلال اليومين الماضيين",
 * "خلال الأيام الثلاثة الماضية" (the count of days in `n` or `nar`, none: two).
 */
export const OVER_DAYS_SOURCE = `(?:(?:in|over|during)\\s+(?:the\\s+)?(?:past|last)\\s+|in\\s+)(?<n>two|three|four|five)\\s+days|(?:${anyOf(['خلال', 'في'])})\\s+(?:${anyOf(['اليومين الماضيين', 'يومين'])}|${anyOf(['الأيام'])}\\s+(?<nar>${anyOf(['الثلاثة', 'الأربعة', 'الخمسة'])})\\s+${anyOf(['الماضية'])})`;
