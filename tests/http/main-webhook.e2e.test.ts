import { describe, expect, it } from 'vitest';
import { deriveWebhookSecret } from '../../src/http/webhook-secret.js';
import { TEST_TOKEN, privateChat, user } from '../support/harness.js';
import { processTestKit } from '../support/run-main.js';

const HOST = 'bot.example.org';
const kit = processTestKit('main-webhook');
const webhookEnv = { WEBHOOK_URL: `https://${HOST}/telegram`, PORT: '0', HOST: '127.0.0.1' };

// A child process through tsx starts slowly when the machine is busy (the full suite runs beside it).
describe('npm start in webhook mode', { timeout: 90_000 }, () => {
  it('answers updates through the webhook and stops cleanly on SIGTERM, logging neither token nor secret', async () => {
    const { fake, env } = await kit.botSetup(webhookEnv);
    const run = kit.main(env);
    await run.waitFor(/"msg":"webhook set"/);
    const port = Number(/"port":(\d+),[^\n]*"msg":"http server listening"/.exec(run.stdout())![1]);
    fake.routeWebhook(HOST, `http://127.0.0.1:${port}`);
    const from = user({ id: 802, language_code: 'en' });
    await fake.waitHandled(fake.sendText({ chat: privateChat(from), from, text: '/summary' }));
    expect(fake.messages(from.id)).toHaveLength(1);
    run.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    const output = run.stdout() + run.stderr();
    expect(output).toMatch(/"msg":"update handled"/);
    expect(output).not.toContain(TEST_TOKEN.split(':')[1]);
    expect(output).not.toContain(deriveWebhookSecret(TEST_TOKEN));
  });

  it('exits 1 with one line when Telegram rejects the token at setWebhook', async () => {
    const { env } = await kit.botSetup({
      ...webhookEnv,
      TELEGRAM_BOT_TOKEN: '999999:WRONG-token-for-this-test-00000',
    });
    const run = kit.main(env);
    expect(await run.exit).toBe(1);
    expect(run.stderr().trim().split('\n')).toEqual([
      'TELEGRAM_BOT_TOKEN was rejected by Telegram (401 Unauthorized)',
    ]);
  });
});
