import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { TEST_TOKEN, privateChat, user } from '../support/harness.js';
import { processTestKit } from '../support/run-main.js';

const kit = processTestKit('main');

describe('npm start', () => {
  it('exits 1 with one line naming a missing variable', async () => {
    const run = kit.main({});
    expect(await run.exit).toBe(1);
    expect(run.stderr().trim()).toBe('Configuration error: TELEGRAM_BOT_TOKEN: is required');
  });

  it('exits 1 with one line naming CONTENT_DIR when the folder does not exist', async () => {
    const missing = join(kit.tempDir(), 'no-such-folder');
    const run = kit.main({
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      CONTENT_DIR: missing,
      DATABASE_PATH: join(kit.tempDir(), 'db.sqlite'),
    });
    expect(await run.exit).toBe(1);
    expect(run.stderr().trim().split('\n')).toEqual([
      `Configuration error: CONTENT_DIR: folder ${missing} does not exist`,
    ]);
  });

  it('exits 1 with one line when Telegram rejects the token, without printing it', async () => {
    const wrong = '999999:WRONG-token-for-this-test-00000';
    const { env } = await kit.botSetup({ TELEGRAM_BOT_TOKEN: wrong });
    const run = kit.main(env);
    expect(await run.exit).toBe(1);
    expect(run.stderr().trim().split('\n')).toEqual([
      'TELEGRAM_BOT_TOKEN was rejected by Telegram (401 Unauthorized)',
    ]);
    expect(run.stdout() + run.stderr()).not.toContain('WRONG-token');
  });

  it('answers commands over HTTP and stops cleanly on SIGTERM', async () => {
    const { fake, env } = await kit.botSetup();
    const run = kit.main(env);
    await run.waitFor(/"msg":"bot started"/);
    const from = user({ id: 801, language_code: 'en' });
    await fake.waitHandled(fake.sendText({ chat: privateChat(from), from, text: '/summary' }));
    expect(fake.messages(from.id)).toHaveLength(1);
    expect(fake.messages(from.id)[0]!.text).toMatch(/ISIS/);
    run.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toMatch(/"msg":"update handled"/);
    expect(run.stdout()).not.toContain(TEST_TOKEN.split(':')[1]);
  });

  it('stops cleanly and exits 1 with one line when Telegram rejects the token later on (revoked)', async () => {
    const { fake, env, databasePath } = await kit.botSetup();
    const run = kit.main(env);
    await run.waitFor(/"msg":"polling lease taken, polling"/);
    fake.inject('getUpdates', { error_code: 401, description: 'Unauthorized' });
    // Ends the long poll in progress: the next getUpdates is refused.
    const from = user({ id: 802, language_code: 'en' });
    fake.sendText({ chat: privateChat(from), from, text: '/start' });
    expect(await run.exit).toBe(1);
    expect(run.stderr().trim().split('\n')).toEqual([
      'TELEGRAM_BOT_TOKEN was rejected by Telegram (401 Unauthorized)',
    ]);
    expect(run.stdout()).toContain('"msg":"polling stopped, lease released"');
    const store = await openStore({ databasePath: databasePath });
    expect(await store.leases.owners()).toEqual([]);
    await store.close();
  });
});
