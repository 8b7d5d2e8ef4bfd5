import type { ScheduleDays, ScheduleRule } from '../digest/describe-schedule.js';
import { zoneCity } from '../digest/describe-schedule.js';
import { englishForms, plural } from './plural.js';

/** The calendar's month names, for schedules and for dates in briefings alike. */
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function days(d: ScheduleDays): string {
  if (d.kind === 'everyDay') return 'every day';
  if (d.kind === 'weekdays') return 'weekdays';
  if (d.kind === 'dates') {
    const months = d.months === null ? 'of every month' : list(d.months.map((m) => EN_MONTHS[m - 1]!));
    return d.dates.length === 0 ? `every day in ${months}` : `on ${list(d.dates.map(String))} ${months}`;
  }
  return `on ${list(d.days.map((n) => DAYS[n]!))}`;
}

const onDays = (d: ScheduleDays) => (d.kind === 'everyDay' ? '' : `, ${days(d)}`);

function rule(r: ScheduleRule): string {
  switch (r.kind) {
    case 'times':
      return `${days(r.days)} at ${list(r.times)}`;
    case 'everyHours': {
      const past = r.minute === 0 ? '' : ` at ${r.minute} past`;
      return `${plural('en', r.hours, englishForms('every hour', 'every {n} hours'))}${past}${onDays(r.days)}`;
    }
    case 'everyMinutes':
      return `${plural('en', r.minutes, englishForms('every minute', 'every {n} minutes'))}${onDays(r.days)}`;
    case 'cron':
      return `on the schedule “${r.expression}”`;
  }
}

/** "every day at 08:00 and 20:00, Baghdad time". */
export function scheduleEn(rules: readonly ScheduleRule[], timeZone: string): string {
  const city = zoneCity(timeZone);
  const zone = /^(UTC|GMT|Etc\/)/.test(timeZone) ? 'UTC' : `${city} time`;
  return `${rules.map(rule).join('; ')}, ${zone}`;
}
