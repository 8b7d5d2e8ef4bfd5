import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JobLeaseLostError } from '../../src/delivery/job-runner.js';
import { createIntakeJobs } from '../../src/drafting/intake-job.js';
import type { IntakeJobPayload } from '../../src/drafting/payload.js';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';
import { createLogger } from '../../src/log/logger.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { jobRunnerOverHttp } from '../delivery/job-runner-setup.js';
import { buttonsOf } from '../support/harness.js';

const TOKEN = '777001:intake-takeover-token-000000000000';
const LEASE_MS = 30_000;
const ADMIN = 42;

const REQUEST: IntakeJobPayload = {
  adminId: ADMIN,
  chatId: ADMIN,
  text: [
    'Roadside bomb kills two soldiers near Tikrit',
    '',
    'Two Iraqi soldiers were killed and three others wounded on Saturday when a roadside bomb struck their patrol near the town of Tikrit in Salahuddin province, security sources said on Monday.',
  ].join('\n'),
  published: '2023-03-13',
  lang: 'en',
};

let fake: FakeBotApi;
let store: Store;
let dir: string;
/** The store's clock runs this far ahead of the real one: how the tests let a lease run out. */
let skew = 0;
beforeAll(async () => {
  // The first draft loads the intake pipeline's ~460 modules: not inside a test's time.
  await import('../../src/intake/ingest.js');
});
afterEach(async () => {
  await store.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

async function setUp() {
  skew = 0;
  dir = mkdtempSync(join(tmpdir(), 'mawjaz-intake-job-'));
  fake = await startFakeBotApi({ token: TOKEN });
  store = await openStore({ databasePath: join(dir, 'db.sqlite'), now: () => Date.now() + skew });
  const job = (await store.jobs.create(
    { kind: 'intake', key: 'intake:42:1', payload: REQUEST, author: ADMIN },
    [{ chatId: ADMIN, threadId: null, payload: { chatType: 'private' } }],
  ))!;
  const lines: string[] = [];
  const log = createLogger({ level: 'info', secrets: [TOKEN], write: (line) => lines.push(line) });
  const contentDir = join(dir, 'content');
  /** The intake jobs of one process, leasing as `owner`. */
  const processOf = (owner: string) =>
    createIntakeJobs({ jobs: store.jobs, audit: store.audit, contentDir, owner, log });
  const drafts = () =>
    existsSync(join(contentDir, 'drafts')) ? readdirSync(join(contentDir, 'drafts')) : [];
  const logged = (msg: string) => lines.filter((line) => JSON.parse(line).msg === msg);
  /** The lease of whoever held the job runs out; a runner of process 'test' takes it and runs it. */
  const takeOver = async () => {
    skew += LEASE_MS;
    const { runner } = jobRunnerOverHttp({
      store,
      token: TOKEN,
      apiRoot: fake.apiRoot,
      compose: processOf('test').compose,
      maxInFlight: 1,
    });
    await runner.run();
  };
  return { job, processOf, drafts, logged, takeOver };
}

describe('an intake job taken over', () => {
  it('whose owner died after recording its draft: the draft is sent as recorded, none written again', async () => {
    const { job, processOf, drafts, logged, takeOver } = await setUp();
    // The first process takes the job and drafts the article, then dies before sending anything.
    const taken = (await store.jobs.acquire('dead', LEASE_MS))!;
    const composed = await processOf('dead').compose(taken, (await store.deliveries.get(job.id, ADMIN))!);
    expect(drafts()).toHaveLength(1);
    const [file] = drafts();
    const id = file!.replace(/\.md$/, '');
    expect((await store.jobs.get(job.id))?.payload).toMatchObject({ outcome: { kind: 'draft', id } });
    expect(fake.messages(ADMIN)).toEqual([]);

    await takeOver();

    expect(drafts()).toEqual([file]);
    const sent = fake.messages(ADMIN);
    expect(sent.map((m) => m.text)).toHaveLength(composed!.parts.length);
    expect(sent[0]!.text).toContain('Mawjaz draft');
    expect(sent.map((m) => m.text).join('\n')).toMatch(/Tikrit|Salahuddin/);
    expect(buttonsOf(sent.at(-1)!).map((b) => [b.text, b.callback_data.includes(id)])).toEqual([
      ['Publish', true],
      ['Discard', true],
    ]);
    expect(await store.jobs.get(job.id)).toMatchObject({ state: 'finished' });
    expect(await store.deliveries.get(job.id, ADMIN)).toMatchObject({ state: 'sent', owner: 'test' });
    expect((await store.audit.recent(10)).filter((entry) => entry.action === 'draft')).toHaveLength(1);
    expect(logged('draft written')).toHaveLength(1);
  });

  it('whose owner died between writing its draft and recording it: that file is taken back, no second version', async () => {
    const { job, drafts, logged, takeOver } = await setUp();
    const taken = (await store.jobs.acquire('dead', LEASE_MS))!;
    // The process dies as it records the outcome: the draft is on disk, the job does not say so.
    const dying = createIntakeJobs({
      jobs: {
        setPayload: async (id, owner, payload) => {
          if ((payload as IntakeJobPayload).outcome) throw new Error('process died');
          return store.jobs.setPayload(id, owner, payload);
        },
      },
      audit: store.audit,
      contentDir: join(dir, 'content'),
      owner: 'dead',
      log: createLogger({ level: 'silent', secrets: [] }),
    });
    await expect(dying.compose(taken, (await store.deliveries.get(job.id, ADMIN))!)).rejects.toThrow(
      'process died',
    );
    const [file] = drafts();
    const id = file!.replace(/\.md$/, '');
    expect((await store.jobs.get(job.id))?.payload).toEqual({ ...REQUEST, claimed: { id, besideOf: null } });

    await takeOver();

    expect(drafts()).toEqual([file]);
    const sent = fake.messages(ADMIN);
    expect(sent[0]!.text).toContain('Mawjaz draft');
    expect(sent.map((m) => m.text).join('\n')).not.toContain('-v2');
    expect(buttonsOf(sent.at(-1)!)[0]!.callback_data).toContain(id);
    expect((await store.jobs.get(job.id))?.payload).toMatchObject({
      outcome: { kind: 'draft', id, besideOf: null },
    });
    expect(logged('draft written')).toHaveLength(1);
  });

  it('whose claimed draft was replaced by another hand meanwhile: that file is left alone, the draft goes beside', async () => {
    const { job, processOf, drafts } = await setUp();
    const claimed = { id: 'someone-elses', besideOf: null };
    await store.jobs.acquire('dead', LEASE_MS);
    await store.jobs.setPayload(job.id, 'dead', { ...REQUEST, claimed });
    const drafted = join(dir, 'content', 'drafts');
    mkdirSync(drafted, { recursive: true });
    writeFileSync(join(drafted, 'someone-elses.md'), "an editor's file\n");

    skew += LEASE_MS;
    const owned = (await store.jobs.acquire('test', LEASE_MS))!;
    await processOf('test').compose(owned, (await store.deliveries.get(job.id, ADMIN))!);
    expect(readFileSync(join(drafted, 'someone-elses.md'), 'utf8')).toBe("an editor's file\n");
    expect(drafts()).toHaveLength(2);
  });

  it('whose owner lost it after writing its draft: the new owner sends that draft, and the file stays', async () => {
    const { job, processOf, drafts, logged } = await setUp();
    const slowJob = (await store.jobs.acquire('slow', LEASE_MS))!;
    let takenOver: Awaited<ReturnType<ReturnType<typeof processOf>['compose']>> = null;
    // The slow owner's lease runs out between writing its draft and recording it; the job's new
    // owner drafts in that gap.
    const slow = createIntakeJobs({
      jobs: {
        setPayload: async (id, owner, payload) => {
          if ((payload as IntakeJobPayload).outcome && takenOver === null) {
            skew += LEASE_MS;
            const owned = (await store.jobs.acquire('other', LEASE_MS))!;
            takenOver = await processOf('other').compose(owned, (await store.deliveries.get(job.id, ADMIN))!);
          }
          return store.jobs.setPayload(id, owner, payload);
        },
      },
      audit: store.audit,
      contentDir: join(dir, 'content'),
      owner: 'slow',
      log: createLogger({ level: 'silent', secrets: [] }),
    });
    await expect(slow.compose(slowJob, (await store.deliveries.get(job.id, ADMIN))!)).rejects.toBeInstanceOf(
      JobLeaseLostError,
    );
    const [file] = drafts();
    expect(drafts()).toEqual([file]);
    const id = file!.replace(/\.md$/, '');
    expect(takenOver!.parts.at(-1)).toMatchObject({ kind: 'html', replyMarkup: expect.anything() });
    expect((await store.jobs.get(job.id))?.payload).toMatchObject({
      outcome: { kind: 'draft', id, besideOf: null },
    });
    expect(logged('draft written')).toHaveLength(1);
  });

  it('before its owner wrote a draft: that owner writes none and leaves the job alone', async () => {
    const { job, processOf, drafts, logged } = await setUp();
    const slow = (await store.jobs.acquire('slow', LEASE_MS))!;
    skew += LEASE_MS;
    expect((await store.jobs.acquire('other', LEASE_MS))?.id).toBe(job.id);

    await expect(
      processOf('slow').compose(slow, (await store.deliveries.get(job.id, ADMIN))!),
    ).rejects.toBeInstanceOf(JobLeaseLostError);
    expect(drafts()).toEqual([]);
    expect((await store.jobs.get(job.id))?.payload).toEqual(REQUEST);
    expect(await store.deliveries.get(job.id, ADMIN)).toMatchObject({ state: 'pending' });
    expect(logged('draft written')).toEqual([]);

    // The new owner drafts it, once.
    const owned = (await store.jobs.get(job.id))!;
    await processOf('other').compose(owned, (await store.deliveries.get(job.id, ADMIN))!);
    expect(drafts()).toHaveLength(1);
    expect(logged('draft written')).toHaveLength(1);
  });
});

describe('a draft written beside another', () => {
  it('names the draft it stands beside only while that draft is still there', async () => {
    const { job, processOf, drafts } = await setUp();
    const first = (await store.jobs.acquire('one', LEASE_MS))!;
    await processOf('one').compose(first, (await store.deliveries.get(job.id, ADMIN))!);
    const [kept] = drafts();
    const keptId = kept!.replace(/\.md$/, '');
    // The same article sent again: its draft goes beside the first one.
    const again = (await store.jobs.create(
      { kind: 'intake', key: 'intake:42:2', payload: REQUEST, author: ADMIN },
      [{ chatId: ADMIN, threadId: null, payload: { chatType: 'private' } }],
    ))!;
    const second = (await store.jobs.acquire('two', LEASE_MS))!;
    expect(second.id).toBe(again.id);
    const delivery = (await store.deliveries.get(again.id, ADMIN))!;
    // The job as stored: its recorded outcome, not the payload it was acquired with.
    const texts = async () =>
      (await processOf('two').compose((await store.jobs.get(second.id))!, delivery))!.parts.map((part) =>
        part.kind === 'html' ? part.html : '',
      );

    expect((await texts())[0]).toContain(`A draft ${keptId} already exists`);
    // The first draft is discarded (or published) before the second is sent: no notice names it.
    rmSync(join(dir, 'content', 'drafts', kept!));
    const sent = await texts();
    expect(sent.join('\n')).not.toContain('already exists');
    expect(sent[0]).toContain('Mawjaz draft');
    expect(drafts()).toHaveLength(1);
    expect(drafts()).not.toContain(kept);
  });
});
