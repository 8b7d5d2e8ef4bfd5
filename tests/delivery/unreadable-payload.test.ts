import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { composeBroadcast } from '../../src/broadcast/content.js';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { dialects, storeOptions, tempDatabase, type DialectName } from '../store/helpers.js';
import { broadcastPayload } from '../support/broadcast-payload.js';
import { writeRaw } from '../support/raw-sql.js';
import { jobRunnerOverHttp } from './job-runner-setup.js';

let fake: FakeBotApi;
beforeAll(async () => {
  fake = await startFakeBotApi();
});
afterAll(() => fake.close());

const payload = broadcastPayload({ content: { kind: 'html', parts: ['<b>hello</b>'] } });

async function setUp(dialect: DialectName) {
  const db = await tempDatabase(dialect);
  const store: Store = await openStore(storeOptions(db.location));
  onTestFinished(async () => {
    await store.close();
    await db.cleanup();
  });
  const { runner, logged } = jobRunnerOverHttp({
    store,
    token: fake.token,
    apiRoot: fake.apiRoot,
    compose: async (job, delivery) => composeBroadcast(job, delivery),
    maxInFlight: 2,
  });
  const chatIds = dialect === 'sqlite' ? [501, 502] : [601, 602];
  for (const id of chatIds) await store.chats.seen({ id, type: 'private', title: null });
  const job = await store.jobs.create(
    { kind: 'broadcast', key: `broadcast:${dialect}:${Math.random()}`, payload },
    chatIds.map((chatId) => ({ chatId, threadId: null, payload: { chatType: 'private' } })),
  );
  const sentTo = (chatId: number) =>
    fake.calls.filter((c) => c.method === 'sendMessage' && c.params.chat_id === chatId).length;
  return { store, location: db.location, runner, job: job!, chatIds, logged, sentTo };
}

describe.each(dialects)('an unreadable persisted payload (%s)', (dialect) => {
  it.each([
    [
      'a payload of an older shape',
      JSON.stringify({ ...payload, content: { kind: 'html', parts: [42] } }),
      'content.parts.0',
    ],
    ['text that is not JSON', '{"content": ', ''],
  ])('%s fails its job with one log line and sends nothing', async (_case, raw, path) => {
    const { store, location, runner, job, chatIds, logged, sentTo } = await setUp(dialect);
    await writeRaw(location, 'UPDATE jobs SET payload = $1 WHERE id = $2', [raw, job.id]);

    await runner.run();

    expect((await store.jobs.get(job.id))?.state).toBe('cancelled');
    for (const chatId of chatIds) {
      expect((await store.deliveries.get(job.id, chatId))?.state).toBe('cancelled');
      expect(sentTo(chatId)).toBe(0);
    }
    const lines = logged('job payload unreadable, job cancelled');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ job_id: job.id, path });
    expect(logged('job runner failed')).toHaveLength(0);
  });

  it('fails only the delivery whose own payload is unreadable; the others go out', async () => {
    const { store, location, runner, job, chatIds, logged, sentTo } = await setUp(dialect);
    const [good, bad] = chatIds as [number, number];
    await writeRaw(location, 'UPDATE deliveries SET payload = $1 WHERE job_id = $2 AND chat_id = $3', [
      JSON.stringify({ chatType: 'forum' }),
      job.id,
      bad,
    ]);

    await runner.run();

    expect((await store.jobs.get(job.id))?.state).toBe('finished');
    expect((await store.deliveries.get(job.id, good))?.state).toBe('sent');
    expect(sentTo(good)).toBe(1);
    const failed = await store.deliveries.get(job.id, bad);
    expect(failed?.state).toBe('failed');
    expect(failed?.error).toContain('chatType');
    expect(sentTo(bad)).toBe(0);
    const lines = logged('delivery payload unreadable, delivery failed');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ job_id: job.id, chat_id: bad, path: 'chatType' });
  });
});
