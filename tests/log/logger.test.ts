import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../../src/log/logger.js';

const token = '123456:SECRET-abcdefghijklmnopqrstuvwxyz';

describe('logger', () => {
  it('scrubs a secret wherever it appears', () => {
    expect(scrubSecrets(`GET https://api.telegram.org/bot${token}/getMe ${token}`, [token])).toBe(
      'GET https://api.telegram.org/bot[redacted]/getMe [redacted]',
    );
    expect(scrubSecrets('nothing to hide', [''])).toBe('nothing to hide');
  });

  it('never writes the token: not in fields, messages or errors', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', secrets: [token], write: (line) => lines.push(line) });
    log.info({ token, config: { token } }, 'starting');
    log.error(
      { err: new Error(`request to https://api.telegram.org/bot${token}/getUpdates failed`) },
      'polling failed',
    );
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toContain('SECRET');
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'starting', token: '[redacted]' });
    expect(JSON.parse(lines[1]!).err.message).toContain('bot[redacted]/getUpdates');
  });
});
