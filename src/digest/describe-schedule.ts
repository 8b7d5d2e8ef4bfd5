/**
 * A digest schedule as people say it: which days, and what times or how often. Pure: the
 * catalogues turn these rules into words in each language.
 */

/** Days of the week, 0 = Sunday (cron's numbering). */
export type ScheduleDays =
  | { kind: 'everyDay' }
  | { kind: 'weekdays' }
  | { kind: 'days'; days: number[] }
  /** Days of the month (1–31), in the given months (1–12; null: every month). */
  | { kind: 'dates'; dates: number[]; months: number[] | null };

export type ScheduleRule =
  /** Fixed times of day ("08:00"). */
  | { kind: 'times'; days: ScheduleDays; times: string[] }
  /** Every `hours` hours (1: every hour), at `minute` past the hour. */
  | { kind: 'everyHours'; days: ScheduleDays; hours: number; minute: number }
  | { kind: 'everyMinutes'; days: ScheduleDays; minutes: number }
  /** Anything else (days of the month, months): shown as written. */
  | { kind: 'cron'; expression: string };

/** The values a cron field lists, or undefined for '*' and for what is not a plain list. */
function listed(field: string, min: number, max: number): number[] | undefined {
  if (field === '*' || field === '?') return undefined;
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const match = /^(\*|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(part);
    if (!match) return undefined;
    const from = match[1] === '*' ? min : Number(match[1]);
    const to =
      match[2] !== undefined ? Number(match[2]) : match[1] === '*' || match[3] !== undefined ? max : from;
    const step = match[3] !== undefined ? Number(match[3]) : 1;
    if (step < 1 || from < min || to > max) return undefined;
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

/** `*\/n` (or `0/n`): a step from the start of the range; n, else undefined. */
function step(field: string): number | undefined {
  const match = /^(?:\*|0)\/(\d+)$/.exec(field);
  return match ? Number(match[1]) : undefined;
}

function daysOf(field: string, dayOfMonth: string, month: string): ScheduleDays | undefined {
  const anyDate = dayOfMonth === '*' || dayOfMonth === '?';
  if (!anyDate || month !== '*') {
    // cron ORs a day of the month with a day of the week: said as dates only when the week is free.
    if (field !== '*' && field !== '?') return undefined;
    const dates = anyDate ? undefined : listed(dayOfMonth, 1, 31);
    const months = listed(month, 1, 12) ?? null;
    if ((!anyDate && !dates) || (month !== '*' && !months)) return undefined;
    return { kind: 'dates', dates: dates ?? [], months };
  }
  if (field === '*' || field === '?') return { kind: 'everyDay' };
  const days = listed(field, 0, 7);
  if (!days) return undefined;
  const week = [...new Set(days.map((d) => d % 7))].sort((a, b) => a - b);
  if (week.length === 7) return { kind: 'everyDay' };
  if (week.join(',') === '1,2,3,4,5') return { kind: 'weekdays' };
  return { kind: 'days', days: week };
}

const two = (n: number) => String(n).padStart(2, '0');

function describeOne(expression: string): ScheduleRule {
  const fields = expression.trim().split(/\s+/);
  const [second, minute, hour, dayOfMonth, month, dayOfWeek] =
    fields.length === 6 ? fields : ['0', ...fields];
  const days =
    dayOfWeek !== undefined && dayOfMonth !== undefined && month !== undefined
      ? daysOf(dayOfWeek, dayOfMonth, month)
      : undefined;
  const asWritten: ScheduleRule = { kind: 'cron', expression };
  if (!days || second !== '0' || minute === undefined || hour === undefined) return asWritten;
  const minutes = listed(minute, 0, 59);
  const hours = listed(hour, 0, 23);
  if (hour === '*' && (minute === '*' || step(minute) !== undefined))
    return { kind: 'everyMinutes', days, minutes: step(minute) ?? 1 };
  if (minutes?.length !== 1) return asWritten;
  const hourStep = hour === '*' ? 1 : step(hour);
  if (hourStep !== undefined) return { kind: 'everyHours', days, hours: hourStep, minute: minutes[0]! };
  if (!hours) return asWritten;
  return { kind: 'times', days, times: hours.map((h) => `${two(h)}:${two(minutes[0]!)}`) };
}

const sameDays = (a: ScheduleDays, b: ScheduleDays) => JSON.stringify(a) === JSON.stringify(b);

/** The schedule's expressions as rules; fixed times on the same days are merged ("08:00 and 20:00"). */
export function describeSchedule(expressions: readonly string[]): ScheduleRule[] {
  const rules: ScheduleRule[] = [];
  for (const rule of expressions.map(describeOne)) {
    const same =
      rule.kind === 'times'
        ? rules.find((r) => r.kind === 'times' && sameDays(r.days, rule.days))
        : undefined;
    if (same?.kind === 'times' && rule.kind === 'times')
      same.times = [...new Set([...same.times, ...rule.times])].sort();
    else rules.push(rule);
  }
  return rules;
}

/** The city of an IANA zone ("Asia/Baghdad" → "Baghdad"); UTC and the like as they are. */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').at(-1) ?? timeZone).replaceAll('_', ' ');
}
