/**
 * End to end, small audience: the other admin commands, invalid HTML, copies and flood control,
 * against the real app with the admin features wired (ADMIN_IDS, USER_RATE_LIMIT).
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { adminCatalogue } from '../../src/i18n/admin.js';
import { en } from '../../src/i18n/en.js';
import { fastClock } from '../support/fast-clock.js';
import { buttonsOf, group, startTestBot, user, type TestBot } from '../support/harness.js';

const ADMIN = user({ id: 42, language_code: 'en', first_name: 'Admin' });
const ARABIC_ADMIN = user({ id: 42, language_code: 'ar', first_name: 'Admin' });
const SUBSCRIBERS = [2001, 2002, 2003];
const CHANNEL = -1_005_001;
const t = adminCatalogue('en');
/** How much faster than the wall clock the flood-control bot's clock runs. */
const SPEED = 4;

let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot({ ADMIN_IDS: '42', USER_RATE_LIMIT: '20' });
  const { chats } = bot.app.store;
  for (const id of SUBSCRIBERS) {
    await chats.seen({ id, type: 'private', title: null });
    await chats.subscribe(id, null);
  }
  await chats.seen({ id: CHANNEL, type: 'channel', title: 'Channel' });
  await chats.subscribe(CHANNEL, null);
});

afterAll(async () => {
  await bot.stop();
});

const press = async (message: { message_id: number; reply_markup?: unknown }, prefix: string) => {
  const button = buttonsOf(message).find((b) => b.callback_data.startsWith(prefix));
  if (!button) throw new Error(`no ${prefix} button on message ${message.message_id}`);
  return bot.press(message.message_id, button.callback_data, { from: ADMIN });
};

describe('invalid HTML', () => {
  it("names Telegram's problem, offers plain text, and sends nothing when cancelled", async () => {
    const [error] = await bot.send('/broadcast Tom & Jerry <b>', { from: ADMIN });
    expect(error!.text).toContain('Can\'t find end tag corresponding to start tag "b"');
    const shown = await press(error!, 'bc:pl:');
    const preview = shown.find((m) => m.text === 'Tom & Jerry <b>');
    const control = shown.find((m) => buttonsOf(m).length > 0)!;
    expect(preview).toBeDefined();
    expect(shown.find((m) => m.message_id === error!.message_id)?.text).toBe(t.plainTextChosen);
    const cancelled = await press(control, 'bc:no:');
    expect(cancelled[0]!.text).toBe(t.previewCancelled);
    expect(await bot.app.store.jobs.latest('broadcast')).toBeNull();
    for (const id of SUBSCRIBERS) expect(bot.fake.messages(id)).toHaveLength(0);
  });
});

describe('copy broadcasts and channels', () => {
  it('copies a replied-to message to the subscribers and, when chosen, the channels', async () => {
    const [summary] = await bot.send('/summary', { from: ADMIN });
    const chat = { id: ADMIN.id, type: 'private' as const, first_name: 'Admin' };
    const update = bot.fake.sendText({ chat, from: ADMIN, text: '/broadcast', replyTo: summary!.message_id });
    await bot.fake.waitHandled(update);
    const [copy, control] = bot.fake.messages(ADMIN.id).slice(-2);
    expect(copy!.copied_from).toEqual({ chat_id: ADMIN.id, message_id: summary!.message_id });
    expect(control!.text).toContain('3 subscribers (channels not included)');

    const [withChannels] = await press(control!, 'bc:ch:');
    expect(withChannels!.text).toContain('3 subscribers and 1 channel');
    await press(withChannels!, 'bc:ok:');
    await bot.app.jobs.run();
    for (const id of [...SUBSCRIBERS, CHANNEL]) {
      const received = bot.fake.messages(id);
      expect(received, `chat ${id}`).toHaveLength(1);
      expect(received[0]!.copied_from).toEqual({ chat_id: ADMIN.id, message_id: summary!.message_id });
    }
    const job = (await bot.app.store.jobs.latest('broadcast'))!;
    expect(job.total).toBe(4);
  });
});

describe('operations', () => {
  it('/stats counts subscribers by type and language, the last 24 h and the content', async () => {
    const [stats] = await bot.send('/stats', { from: ADMIN });
    expect(stats!.text).toContain('active subscribers: 4');
    expect(stats!.text).toContain('channels 1');
    expect(stats!.text).toContain('• broadcasts: 4 delivered, 0 failed, 0 blocked');
    expect(stats!.text).toMatch(/Content: \d+ articles? loaded/);
    expect(stats!.text).toMatch(/Uptime: \d+ s/);
  });

  it('/stats answers in Arabic for an Arabic admin', async () => {
    const [stats] = await bot.send('/stats', { from: ARABIC_ADMIN });
    expect(stats!.text).toContain('المشتركون النشطون: 4');
  });

  it('/reload reports what changed', async () => {
    const [report] = await bot.send('/reload', { from: ADMIN });
    expect(report!.text).toBe(t.reload({ added: [], changed: [], removed: [], rejected: [] }));
  });

  it('/digest_now plans one slot per minute however often it is tapped', async () => {
    const [first] = await bot.send('/digest_now', { from: ADMIN });
    const [second] = await bot.send('/digest_now', { from: ADMIN });
    const keyOf = (text: string) => /of (\d\d:\d\d) \(Baghdad time\)/.exec(text)?.[1];
    const [k1, k2] = [keyOf(first!.text), keyOf(second!.text)];
    // The local minute and the zone, never the slot's internal key ("now:2026-…").
    expect(first!.text).toBe(t.digestNowStarted(k1!, 'Asia/Baghdad', 4));
    expect(first!.text).not.toContain('now:');
    // Two taps may straddle a minute boundary; within one minute the second is refused.
    if (k1 === k2) expect(second!.text).toBe(t.digestNowAlready(k1!, 'Asia/Baghdad'));
    await bot.app.jobs.run();
    for (const id of [...SUBSCRIBERS, CHANNEL]) {
      expect(
        bot.fake.messages(id).filter((m) => m.text.includes('/summary')),
        `chat ${id}`,
      ).toHaveLength(1);
    }
  });

  it('every admin action is in the audit table', async () => {
    const actions = (await bot.app.store.audit.recent(50)).map((a) => a.action);
    for (const action of [
      'broadcast.preview',
      'broadcast.cancel_preview',
      'broadcast.confirm',
      'stats',
      'reload',
      'digest_now',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it('admin commands in a group get the unknown-command treatment, even from an admin', async () => {
    const chat = group(-100_777);
    expect(await bot.send('/stats', { from: ADMIN, chat })).toHaveLength(0);
    const addressed = await bot.send(`/stats@${bot.fake.bot.username}`, { from: ADMIN, chat });
    expect(addressed.map((m) => m.text)).toEqual([en.unknownCommand]);
  });
});

describe('flood control', () => {
  it('answers 20 commands a minute, then one notice, then nothing', async () => {
    // Replies into one chat go out at most once a second: on a clock running SPEED times faster,
    // the 23 commands take seconds, and still fall well within the flood window's minute.
    const clock = fastClock(SPEED);
    const fast = await startTestBot({ ADMIN_IDS: '42', USER_RATE_LIMIT: '20' }, { now: clock.now }, clock);
    onTestFinished(() => fast.stop());
    const spammer = user({ id: 3001, language_code: 'en' });
    const answers: string[][] = [];
    for (let i = 0; i < 23; i++)
      answers.push((await fast.send('/start', { from: spammer })).map((m) => m.text));
    expect(answers.slice(0, 20).every((a) => a.length === 1 && a[0] !== t.floodNotice)).toBe(true);
    expect(answers[20]).toEqual([t.floodNotice]);
    expect(answers.slice(21)).toEqual([[], []]);
  });
});
