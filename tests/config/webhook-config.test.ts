import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/schema.js';
import { deriveWebhookSecret, WEBHOOK_SECRET_PATTERN } from '../../src/http/webhook-secret.js';

const token = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const parse = (env: Record<string, string>) => parseConfig({ TELEGRAM_BOT_TOKEN: token, ...env });

describe('HTTP and webhook configuration', () => {
  it('runs no HTTP server in polling mode unless PORT is set', () => {
    expect(parse({})).toMatchObject({
      ok: true,
      config: { http: { port: null, host: '0.0.0.0', webhook: null } },
    });
    expect(parse({ PORT: '9090', HOST: '127.0.0.1' })).toMatchObject({
      ok: true,
      config: { http: { port: 9090, host: '127.0.0.1', webhook: null } },
    });
  });

  it('in webhook mode listens on 8080 by default at the URL path, with 40 connections', () => {
    const result = parse({ WEBHOOK_URL: 'https://bot.example.org/telegram/updates?x=1' });
    expect(result).toMatchObject({
      ok: true,
      config: {
        http: {
          port: 8080,
          webhook: {
            url: 'https://bot.example.org/telegram/updates?x=1',
            path: '/telegram/updates',
            maxConnections: 40,
            secret: deriveWebhookSecret(token),
          },
        },
      },
    });
  });

  it('uses WEBHOOK_SECRET when set', () => {
    const result = parse({ WEBHOOK_URL: 'https://bot.example.org/t', WEBHOOK_SECRET: 'my_Secret-1' });
    expect(result.ok && result.config.http.webhook?.secret).toBe('my_Secret-1');
  });

  it('derives the same secret for the same token, another for another token, never the token', () => {
    const secret = deriveWebhookSecret(token);
    expect(deriveWebhookSecret(token)).toBe(secret);
    expect(deriveWebhookSecret('654321:ABCDEFGHIJKLMNOPQRSTUVWXYZ')).not.toBe(secret);
    expect(secret).toMatch(WEBHOOK_SECRET_PATTERN);
    expect(secret).not.toContain(token.split(':')[1]);
  });

  it.each([
    ['WEBHOOK_URL', 'http://bot.example.org/t'],
    ['WEBHOOK_URL', 'not a url'],
    ['WEBHOOK_SECRET', 'has space'],
    ['WEBHOOK_SECRET', 'x'.repeat(257)],
    ['WEBHOOK_MAX_CONNECTIONS', '0'],
    ['WEBHOOK_MAX_CONNECTIONS', '101'],
    ['PORT', '65536'],
    ['PORT', 'eighty'],
  ])('names %s in one line when it is %j', (name, value) => {
    const result = parse({ WEBHOOK_URL: 'https://bot.example.org/t', [name]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(new RegExp(`^Configuration error: ${name}: `));
      expect(result.error).not.toContain('\n');
    }
  });
});
