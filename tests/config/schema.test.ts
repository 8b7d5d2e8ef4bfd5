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
    });
    expect(result.ok && result.config).toMatchObject({
      apiRoot: 'http://127.0.0.1:8081/tg/',
      adminIds: new Set([1, 22, 333]),
      defaultLanguage: 'en',
      logLevel: 'warn',
    });
  });

  it.each([
    [{}, 'TELEGRAM_BOT_TOKEN: is required'],
    [{ TELEGRAM_BOT_TOKEN: '' }, 'TELEGRAM_BOT_TOKEN: is required'],
    [{ TELEGRAM_BOT_TOKEN: 'abc' }, 'TELEGRAM_BOT_TOKEN: does not look like a bot token'],
    [{ TELEGRAM_BOT_TOKEN: token, ADMIN_IDS: '12,abc' }, 'ADMIN_IDS: expected comma-separated numeric ids'],
    [{ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'not a url' }, 'TELEGRAM_API_ROOT: must be a URL'],
    [{ TELEGRAM_BOT_TOKEN: token, DEFAULT_LANGUAGE: 'fr' }, 'DEFAULT_LANGUAGE: must be one of'],
    [{ TELEGRAM_BOT_TOKEN: token, LOG_LEVEL: 'loud' }, 'LOG_LEVEL: must be one of'],
  ])('rejects %j with one line naming the variable', (env, message) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).not.toContain('\n');
      expect(result.error).not.toContain('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    }
  });
});
