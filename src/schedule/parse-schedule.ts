import { compileCronExpression } from './cron-matcher.js';
import { isValidTimeZone } from './time-zone.js';

export type ParsedSchedule = { ok: true; expressions: string[] } | { ok: false; error: string };

/**
 * Parses "0 8 * * *; 0 20 * * *" (cron expressions separated by ';', 5 fields or 6 with
 * seconds first) plus an IANA zone. Each error is one line naming the bad part.
 */
export function parseSchedule(spec: string, timeZone: string): ParsedSchedule {
  if (!isValidTimeZone(timeZone)) return { ok: false, error: `unknown time zone "${timeZone}"` };
  const expressions = spec
    .split(';')
    .map((part) => part.trim().split(/\s+/).join(' '))
    .filter((part) => part.length > 0);
  if (expressions.length === 0)
    return { ok: false, error: 'schedule is empty: expected one or more cron expressions separated by ";"' };
  for (const expression of expressions) {
    const compiled = compileCronExpression(expression);
    if (!compiled.ok) return { ok: false, error: compiled.error };
  }
  return { ok: true, expressions: [...new Set(expressions)] };
}
