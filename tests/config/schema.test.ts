import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/schema.js';

const token = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const result = parseConfig({ TELEGRAM_BOT_TOKEN: token });
    expect(result).toEqual({
      ok: true,
      config: {
        token,
        apiRoot: 'https://api.telegram.org/',
        contentDir: 'content',
        databasePath: 'data/mawjaz.db',
        adminIds: new Set(),
        defaultLanguage: 'ar',
        logLevel: 'info',
        userRateLimit: 20,
        stopGraceMs: 10_000,
        digest: {
          expressions: ['0 8 * * *', '0 20 * * *'],
          timeZone: 'Asia/Baghdad',
          maxItems: 5,
          catchUpMs: 3_600_000,
          channels: [],
          pictures: true,
        },
        delivery: {
          inDoubt: 'skip',
          paidBroadcast: false,
          perSecond: 30,
          perChatPerSecond: 1,
          perGroupPerMinute: 20,
          leaseMs: 30_000,
        },
        http: { port: null, host: '0.0.0.0', webhook: null },
      },
    });
  });

  it('reads every variable', () => {
    const result = parseConfig({
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/tg',
      CONTENT_DIR: 'x',
      DATABASE_PATH: '/tmp/m.db',
      ADMIN_IDS: '1, 22,333',
      DEFAULT_LANGUAGE: 'en',
      LOG_LEVEL: 'warn',
      STOP_GRACE_SECONDS: '2',
    });
    expect(result.ok && result.config).toMatchObject({
      stopGraceMs: 2_000,
      apiRoot: 'http://127.0.0.1:8081/tg/',
      adminIds: new Set([1, 22, 333]),
      defaultLanguage: 'en',
      logLevel: 'warn',
    });
  });

  it('raises the overall send limit for paid broadcasts and reads channels', () => {
    const result = parseConfig({
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_PAID_BROADCAST: 'true',
      DIGEST_CHANNELS: '@mawjaz_news, -100123',
    });
    expect(result.ok && result.config.delivery.perSecond).toBe(1000);
    expect(result.ok && result.config.digest.channels).toEqual(['@mawjaz_news', -100123]);
  });

  it.each([
    [{}, 'TELEGRAM_BOT_TOKEN: is required'],
    [{ TELEGRAM_BOT_TOKEN: '' }, 'TELEGRAM_BOT_TOKEN: is required'],
    [{ TELEGRAM_BOT_TOKEN: 'abc' }, 'TELEGRAM_BOT_TOKEN: does not look like a bot token'],
    [{ TELEGRAM_BOT_TOKEN: token, ADMIN_IDS: '12,abc' }, 'ADMIN_IDS: expected comma-separated numeric ids'],
    [{ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'not a url' }, 'TELEGRAM_API_ROOT: must be a URL'],
    [{ TELEGRAM_BOT_TOKEN: token, DEFAULT_LANGUAGE: 'fr' }, 'DEFAULT_LANGUAGE: must be one of'],
    [{ TELEGRAM_BOT_TOKEN: token, LOG_LEVEL: 'loud' }, 'LOG_LEVEL: must be one of'],
    [
      { TELEGRAM_BOT_TOKEN: token, DIGEST_SCHEDULE: '0 25 * * *' },
      'DIGEST_SCHEDULE: invalid cron expression "0 25 * * *"',
    ],
    [
      { TELEGRAM_BOT_TOKEN: token, DIGEST_TIMEZONE: 'Mars/Olympus' },
      'DIGEST_TIMEZONE: is not an IANA time zone',
    ],
    [{ TELEGRAM_BOT_TOKEN: token, DIGEST_MAX_ITEMS: '0' }, 'DIGEST_MAX_ITEMS: must be between 1 and 20'],
    [
      { TELEGRAM_BOT_TOKEN: token, DIGEST_CATCHUP_MINUTES: 'soon' },
      'DIGEST_CATCHUP_MINUTES: must be a whole number',
    ],
    [{ TELEGRAM_BOT_TOKEN: token, SEND_PER_SECOND: '-1' }, 'SEND_PER_SECOND: must be between 1 and 1000'],
    [
      { TELEGRAM_BOT_TOKEN: token, DIGEST_CHANNELS: '@news,general' },
      'DIGEST_CHANNELS: expected comma-separated @usernames or numeric ids',
    ],
    [{ TELEGRAM_BOT_TOKEN: token, DELIVERY_IN_DOUBT: 'maybe' }, 'DELIVERY_IN_DOUBT: must be one of'],
    [
      { TELEGRAM_BOT_TOKEN: token, TELEGRAM_PAID_BROADCAST: 'sometimes' },
      'TELEGRAM_PAID_BROADCAST: must be true or false',
    ],
    [{ TELEGRAM_BOT_TOKEN: token, DIGEST_PICTURES: 'maybe' }, 'DIGEST_PICTURES: must be true or false'],
    [{ TELEGRAM_BOT_TOKEN: token, STOP_GRACE_SECONDS: '0' }, 'STOP_GRACE_SECONDS: must be between 1 and 600'],
  ])('rejects %j with one line naming the variable', (env, message) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).not.toContain('\n');
      expect(result.error).not.toContain('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    }
  });

  it('takes a PostgreSQL URL in DATABASE_URL and refuses another scheme without echoing it', () => {
    const url = 'postgresql://bot:s3cret@db.example.org:5433/mawjaz';
    const ok = parseConfig({ TELEGRAM_BOT_TOKEN: token, DATABASE_URL: url });
    expect(ok.ok && ok.config.databaseUrl).toBe(url);
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: token, DATABASE_URL: 'postgres://db/m' }).ok).toBe(true);
    const bad = parseConfig({ TELEGRAM_BOT_TOKEN: token, DATABASE_URL: 'mysql://bot:s3cret@db/m' });
    expect(bad).toEqual({
      ok: false,
      error: 'Configuration error: DATABASE_URL: must be a postgres:// or postgresql:// URL',
    });
  });
});
