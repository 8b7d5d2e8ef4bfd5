import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { privateChat, user } from '../support/harness.js';
import { processGroup } from '../support/process-group.js';
import { eventually, processTestKit, spawnProcess } from '../support/run-main.js';

const kit = processTestKit('signals');
const groups: number[] = [];
afterEach(() => {
  for (const pgid of groups.splice(0)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone, as it should be
    }
  }
});

/** `npm start` exactly as an operator types it, leading its own process group. */
function npmStart(env: Record<string, string>) {
  const run = spawnProcess('npm', ['start'], env, { detached: true });
  groups.push(run.pid);
  return run;
}

const targets = {
  /** What Docker, systemd with KillMode=process or a supervisor send. */
  npm: (pgid: number) => pgid,
  /** The bot's own process, found in the group. */
  node: (pgid: number) => processGroup(pgid).find((p) => p.cmdline.includes('dist/main.js'))!.pid,
  /** Ctrl-C in a terminal, systemd's default KillMode, `kill -TERM -<pgid>`. */
  group: (pgid: number) => -pgid,
};

describe('npm start and stop signals', () => {
  it.each([
    ['SIGTERM', 'npm'],
    ['SIGTERM', 'node'],
    ['SIGTERM', 'group'],
    ['SIGINT', 'group'],
  ] as const)(
    '%s sent to the %s stops the bot cleanly: exit 0, leases released, no process left',
    async (signal, target) => {
      const { fake, env, databasePath } = await kit.botSetup();
      const run = npmStart(env);
      await eventually(() => run.stdout().includes('"msg":"polling lease taken, polling"'));
      const from = user({ id: 901, language_code: 'en' });
      await fake.waitHandled(fake.sendText({ chat: privateChat(from), from, text: '/start' }));
      expect(fake.messages(from.id)).toHaveLength(1);
      // npm, and the node process that replaced npm's shell (`exec node dist/main.js`).
      expect(processGroup(run.pid).map((p) => p.cmdline)).toEqual(
        expect.arrayContaining([expect.stringMatching(/npm/), expect.stringMatching(/node dist\/main\.js/)]),
      );

      process.kill(targets[target](run.pid), signal);

      expect(await run.exit).toBe(0);
      expect(run.stdout()).toContain('"msg":"polling stopped, lease released"');
      expect(run.stdout()).not.toContain('second stop signal');
      await eventually(() => processGroup(run.pid).length === 0);
      const store = await openStore({ databasePath: databasePath });
      expect(await store.leases.owners()).toEqual([]);
      await store.close();
    },
    120_000,
  );
});
