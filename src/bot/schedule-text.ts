import { describeSchedule } from '../digest/describe-schedule.js';
import { timeOfDay } from '../digest/slot-name.js';
import type { Messages } from '../i18n/messages.js';

/** DIGEST_SCHEDULE and DIGEST_TIMEZONE, as the bot describes them. */
export interface DigestSchedule {
  expressions: readonly string[];
  timeZone: string;
}

/**
 * When a chat gets digests, in words: the whole schedule, or only the times of day it chose
 * (`slots`; null: all). A choice no longer on the schedule describes the whole of it.
 */
export function chatScheduleText(
  t: Messages,
  schedule: DigestSchedule,
  slots: readonly string[] | null,
): string {
  const chosen = slots === null ? [] : schedule.expressions.filter((e) => slots.includes(timeOfDay(e) ?? ''));
  return t.schedule(describeSchedule(chosen.length > 0 ? chosen : schedule.expressions), schedule.timeZone);
}
