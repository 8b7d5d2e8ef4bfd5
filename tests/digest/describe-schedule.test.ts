import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSchedule } from '../../src/digest/describe-schedule.js';
import { catalogue } from '../../src/i18n/catalogue.js';
import { startTestBot, user, type TestBot } from '../support/harness.js';

const say = (lang: 'ar' | 'en', spec: string, zone = 'Asia/Baghdad') =>
  catalogue(lang).schedule(describeSchedule(spec.split(';').map((s) => s.trim())), zone);
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

describe('a schedule as people say it', () => {
  it.each([
    [
      '0 8 * * *;0 20 * * *',
      'every day at 08:00 and 20:00, Baghdad time',
      'يومياً في الساعة 08:00 و20:00 بتوقيت بغداد',
    ],
    ['0 */6 * * *', 'every 6 hours, Baghdad time', 'كل 6 ساعات بتوقيت بغداد'],
    ['30 7 * * 1-5', 'weekdays at 07:30, Baghdad time', 'من الاثنين إلى الجمعة في الساعة 07:30 بتوقيت بغداد'],
    ['0 */2 * * *', 'every 2 hours, Baghdad time', 'كل ساعتين بتوقيت بغداد'],
    ['15 * * * *', 'every hour at 15 past, Baghdad time', 'كل ساعة عند الدقيقة 15 بتوقيت بغداد'],
    ['*/11 * * * *', 'every 11 minutes, Baghdad time', 'كل 11 دقيقة بتوقيت بغداد'],
    [
      '0 0 9 * * 5,6',
      'on Friday and Saturday at 09:00, Baghdad time',
      'أيام الجمعة والسبت في الساعة 09:00 بتوقيت بغداد',
    ],
    [
      '0 9 1 * *',
      'on 1 of every month at 09:00, Baghdad time',
      'في يوم 1 من كل شهر في الساعة 09:00 بتوقيت بغداد',
    ],
    [
      '0 8 1 1 *;0 20 1 1 *',
      'on 1 January at 08:00 and 20:00, Baghdad time',
      'في يوم 1 من كانون الثاني في الساعة 08:00 و20:00 بتوقيت بغداد',
    ],
    ['0 9 1 * 1', 'on the schedule “0 9 1 * 1”, Baghdad time', 'وفق الجدول 0 9 1 * 1 بتوقيت بغداد'],
  ])('%s', (spec, english, arabic) => {
    expect(say('en', spec)).toBe(english);
    expect(plain(say('ar', spec))).toBe(arabic);
  });

  it('names the zone of any city, and UTC', () => {
    expect(say('en', '0 8 * * *', 'America/New_York')).toBe('every day at 08:00, New York time');
    expect(say('en', '0 8 * * *', 'UTC')).toBe('every day at 08:00, UTC');
    expect(plain(say('ar', '0 8 * * *', 'Asia/Damascus'))).toBe('يومياً في الساعة 08:00 بتوقيت دمشق');
  });
});

describe('/subscribe and /settings describe the schedule', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ DIGEST_SCHEDULE: '0 */6 * * *', DIGEST_TIMEZONE: 'Asia/Baghdad' });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('says "every 6 hours, Baghdad time", never "none"', async () => {
    const from = user({ id: 3101, language_code: 'en' });
    const [subscribed] = await bot.send('/subscribe', { from });
    expect(subscribed!.text).toContain('every 6 hours, Baghdad time');
    const [settings] = await bot.send('/settings', { from });
    expect(settings!.text).toContain('Digest times: every 6 hours, Baghdad time');
    expect(settings!.text).not.toContain('none');
  });
});
