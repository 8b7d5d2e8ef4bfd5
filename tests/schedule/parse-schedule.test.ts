import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../src/schedule/parse-schedule.js';

describe('parseSchedule', () => {
  it.each([
    ['0 8 * * *;0 20 * * *', 'Asia/Baghdad', ['0 8 * * *', '0 20 * * *']],
    [' 0  8 * * * ; 0 20 * * * ;', 'Asia/Baghdad', ['0 8 * * *', '0 20 * * *']],
    ['*/10 * * * * *', 'UTC', ['*/10 * * * * *']],
    ['30 7 * JAN-MAR MON,WED,FRI', 'Europe/Berlin', ['30 7 * JAN-MAR MON,WED,FRI']],
    ['0 8 * * *;0 8 * * *', 'UTC', ['0 8 * * *']],
  ])('accepts %j in %s', (spec, zone, expressions) => {
    expect(parseSchedule(spec, zone)).toEqual({ ok: true, expressions });
  });

  it.each([
    ['0 8 * * *', 'Mars/Olympus', 'unknown time zone "Mars/Olympus"'],
    ['0 8 * * *', '', 'unknown time zone ""'],
    [
      '0 8 * * *;61 * * * *',
      'UTC',
      'invalid cron expression "61 * * * *": 61 is a invalid expression for minute',
    ],
    ['0 8 * *', 'UTC', 'invalid cron expression "0 8 * *"'],
    ['0 0 * * FOO', 'UTC', 'invalid cron expression "0 0 * * FOO"'],
    ['0 0 L * *', 'UTC', 'unsupported cron expression "0 0 L * *"'],
    [' ; ', 'UTC', 'schedule is empty'],
  ])('rejects %j in %j', (spec, zone, message) => {
    const result = parseSchedule(spec, zone);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).not.toContain('\n');
    }
  });
});
