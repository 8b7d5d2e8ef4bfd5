import cron from 'node-cron';

/** One cron expression expanded to the values each field accepts (node-cron's own parser). */
export interface CronMatcher {
  expression: string;
  seconds: readonly number[];
  minutes: readonly number[];
  hours: readonly number[];
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  /** 0 = Sunday. */
  weekdays: ReadonlySet<number>;
}

export type CompileResult = { ok: true; matcher: CronMatcher } | { ok: false; error: string };

const numbersOnly = (values: ReadonlyArray<number | string>): number[] | null =>
  values.every((v) => typeof v === 'number') ? [...(values as number[])].sort((a, b) => a - b) : null;

/**
 * Validates and expands one expression (5 fields, or 6 with seconds first): *, lists,
 * ranges, steps and names. Quartz extras (L, W, #) are refused: the slot arithmetic
 * here matches plain sets of values only.
 */
export function compileCronExpression(expression: string): CompileResult {
  const detail = cron.validateDetailed(expression);
  if (!detail.valid || !detail.fields) {
    const why = detail.errors.map((e) => e.message).join('; ') || 'invalid';
    return { ok: false, error: `invalid cron expression "${expression}": ${why}` };
  }
  const f = detail.fields;
  const daysOfMonth = numbersOnly(f.dayOfMonth);
  const weekdays = numbersOnly(f.dayOfWeek);
  if (!daysOfMonth || !weekdays) {
    return { ok: false, error: `unsupported cron expression "${expression}": L, W and # are not supported` };
  }
  return {
    ok: true,
    matcher: {
      expression,
      seconds: [...f.second].sort((a, b) => a - b),
      minutes: [...f.minute].sort((a, b) => a - b),
      hours: [...f.hour].sort((a, b) => a - b),
      daysOfMonth: new Set(daysOfMonth),
      months: new Set(f.month),
      weekdays: new Set(weekdays.map((d) => d % 7)),
    },
  };
}

/** Day-of-month AND day-of-week must both match, as in node-cron (classic cron ORs them). */
export function matchesDate(m: CronMatcher, month: number, day: number, weekday: number): boolean {
  return m.months.has(month) && m.daysOfMonth.has(day) && m.weekdays.has(weekday);
}
