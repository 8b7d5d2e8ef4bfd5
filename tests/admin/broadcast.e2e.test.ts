/**
 * End to end: the real app (ADMIN_IDS, USER_RATE_LIMIT and the admin features wired in app.ts and
 * create-bot.ts) against the fake Bot API enforcing Telegram's limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { broadcastNumber } from '../../src/broadcast/number.js';
import { adminCatalogue } from '../../src/i18n/admin.js';
import { en } from '../../src/i18n/en.js';
import { buttonsOf, privateChat, startTestBot, user, type TestBot } from '../support/harness.js';

const ADMIN = user({ id: 42, language_code: 'en', first_name: 'Admin' });
const STRANGER = user({ id: 43, language_code: 'en', first_name: 'Stranger' });
const PRIVATE_IDS = Array.from({ length: 999 }, (_, i) => 10_000 + i);
const FORUM = -1_004_000;
const TOPIC = 9;
const AUDIENCE = [...PRIVATE_IDS, FORUM];
const BLOCKED = PRIVATE_IDS.filter((_, i) => i % 50 === 7); // 20 chats
const THROTTLED = PRIVATE_IDS[500]!;
const t = adminCatalogue('en');
/**
 * The overall send limit the bot is given and the fake enforces. Telegram's is 30 a second; the
 * check is that the fan-out never exceeds the limit it is given, and at 30 the 1,000 sends alone
 * took over 30 s of waiting.
 */
const PER_SECOND = 60;

let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot(
    {
      ADMIN_IDS: '42',
      USER_RATE_LIMIT: '20',
      SEND_PER_SECOND: String(PER_SECOND),
      SEND_PER_GROUP_PER_MINUTE: '20',
    },
    { limits: { perSecond: PER_SECOND, perChatPerSecond: 1, perGroupPerMinute: 20, jitterMs: 100 } },
  );
  const { chats } = bot.app.store;
  for (const id of PRIVATE_IDS) {
    await chats.seen({ id, type: 'private', title: null });
    await chats.subscribe(id, null);
  }
  await chats.seen({ id: FORUM, type: 'supergroup', title: 'Forum' });
  await chats.subscribe(FORUM, TOPIC);
  BLOCKED.forEach((id) => bot.fake.blockChat(id));
  // A digest slot ran first: job ids are shared with digests, broadcast numbers are not.
  await bot.app.store.jobs.create(
    { kind: 'digest', key: 'digest:earlier-slot', payload: { scheduled: false } },
    [],
  );
}, 60_000);

afterAll(async () => {
  await bot.stop();
});

const sends = () =>
  bot.fake.calls.filter((c) => c.ok && (c.method === 'sendMessage' || c.method === 'copyMessage'));
const withText = (chatId: number, text: string) => bot.fake.messages(chatId).filter((m) => m.text === text);
const confirmButton = (message: { reply_markup?: unknown }) =>
  buttonsOf(message).find((b) => b.callback_data.startsWith('bc:ok:'))!;

describe('admin guard', () => {
  it("answers a non-admin's /broadcast exactly as an unknown command, sends nothing and logs the attempt", async () => {
    const before = sends().length;
    const refused = await bot.send('/broadcast <b>hello</b>', { from: STRANGER });
    const unknown = await bot.send('/no_such_command', { from: STRANGER });
    expect(refused.map((m) => m.text)).toEqual([en.unknownCommand]);
    expect(unknown.map((m) => m.text)).toEqual([en.unknownCommand]);
    expect(sends().length).toBe(before + 2);
    expect(await bot.app.store.jobs.latest('broadcast')).toBeNull();
    const refusal = bot.logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((l) => l.msg === 'admin command refused');
    expect(refusal).toMatchObject({ user_id: STRANGER.id, command: 'broadcast' });
  });

  it('gives a non-admin an expired-button answer for a forged broadcast button', async () => {
    const [message] = await bot.send('/start', { from: STRANGER });
    await bot.press(message!.message_id, 'bc:ok:1:0', { from: STRANGER });
    expect(bot.fake.answeredCallbacks.at(-1)?.text).toBe(en.buttonExpired);
  });
});

describe('a broadcast to 1,000 subscribers', () => {
  it('shows a preview with the audience, sends nothing before Confirm, then reaches every reachable chat once', async () => {
    const preview = await bot.send('/broadcast <b>Hello</b> everyone', { from: ADMIN });
    expect(preview).toHaveLength(2);
    expect(preview[0]).toMatchObject({
      html: '<b>Hello</b> everyone',
      text: 'Hello everyone',
      parse_mode: 'HTML',
    });
    const control = preview[1]!;
    expect(control.text).toContain('1,000 subscribers');
    expect(AUDIENCE.every((id) => bot.fake.messages(id).length === 0)).toBe(true);

    // A 429 in the middle of the fan-out must be obeyed.
    bot.fake.inject(
      'sendMessage',
      { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
      { chatId: THROTTLED },
    );
    // A double tap: both presses arrive before either is handled.
    const data = confirmButton(control).callback_data;
    const taps = [0, 1].map(() =>
      bot.fake.pressButton({ chat: privateChat(ADMIN), from: ADMIN, messageId: control.message_id, data }),
    );
    await Promise.all(taps.map((id) => bot.fake.waitHandled(id)));
    expect(bot.fake.answeredCallbacks.some((a) => a.text === t.previewSettled)).toBe(true);
    await bot.app.jobs.run();

    for (const id of AUDIENCE) {
      expect(withText(id, 'Hello everyone'), `chat ${id}`).toHaveLength(BLOCKED.includes(id) ? 0 : 1);
    }
    expect(withText(FORUM, 'Hello everyone')[0]!.thread_id).toBe(TOPIC);
    expect(bot.fake.calls.some((c) => c.errorCode === 429 && c.params.chat_id === THROTTLED)).toBe(true);
    expect(bot.fake.violations).toBe(0);
    // Never over PER_SECOND messages in any second (less the fake's 100 ms allowance for arrival jitter on a
    // loaded machine): the fake refuses more with a 429, and none but the injected one came.
    const audience = new Set<unknown>(AUDIENCE);
    expect(
      bot.fake.calls.filter(
        (c) => c.errorCode === 429 && audience.has(c.params.chat_id) && c.params.chat_id !== THROTTLED,
      ),
    ).toEqual([]);
    const starts = sends()
      .filter((c) => audience.has(c.params.chat_id))
      .map((c) => c.at);
    expect(
      Math.max(...starts.map((at) => starts.filter((s) => s >= at && s < at + 900).length)),
    ).toBeLessThanOrEqual(PER_SECOND);
    for (const id of BLOCKED) expect((await bot.app.store.chats.get(id))?.status).toBe('blocked');

    const job = (await bot.app.store.jobs.latest('broadcast'))!;
    expect(job.id).toBeGreaterThan(1);
    expect(broadcastNumber(job)).toBe(1);
    expect(job).toMatchObject({ state: 'finished', total: 1000, author: ADMIN.id });
    expect(await bot.app.store.jobs.progress(job.id)).toMatchObject({
      sent: 980,
      blocked: 20,
      failed: 0,
      pending: 0,
    });
    const report = bot.fake.messages(ADMIN.id).find((m) => m.message_id === control.message_id)!;
    // Edited in place: confirmed, then at least one progress update, then the report.
    expect(report.edits).toBeGreaterThanOrEqual(3);
    expect(report.text).toBe(
      `Broadcast #${broadcastNumber(job)} is finished.\nSent: 980 · Failed: 0 · Blocked: 20 · Not sent (cancelled): 0\nTotal: 1,000`,
    );
    expect((await bot.app.store.audit.recent(10)).map((a) => a.action)).toContain('broadcast.confirm');
  }, 120_000);

  it('a cancelled broadcast stops: what was pending stays unsent and the report says so', async () => {
    const [, control] = await bot.send('/broadcast Second', { from: ADMIN });
    await bot.press(control!.message_id, confirmButton(control!).callback_data, { from: ADMIN });
    const job = (await bot.app.store.jobs.latest('broadcast'))!;
    const [answer] = await bot.send(`/cancel_broadcast ${broadcastNumber(job)}`, { from: ADMIN });
    expect(answer!.text).toBe(t.cancelDone(broadcastNumber(job)));
    await bot.app.jobs.run();

    const progress = await bot.app.store.jobs.progress(job.id);
    expect((await bot.app.store.jobs.get(job.id))?.state).toBe('cancelled');
    expect(progress.cancelled).toBeGreaterThan(0);
    expect(progress.sent + progress.failed + progress.blocked + progress.cancelled).toBe(980);
    const received = AUDIENCE.filter((id) => withText(id, 'Second').length > 0).length;
    expect(received).toBe(progress.sent);
    const report = bot.fake.messages(ADMIN.id).find((m) => m.message_id === control!.message_id)!;
    expect(report.text).toContain(`Broadcast #${broadcastNumber(job)} was cancelled.`);
    expect(report.text).toContain(`Not sent (cancelled): ${progress.cancelled.toLocaleString('en-US')}`);

    const [list] = await bot.send('/broadcasts', { from: ADMIN });
    expect(list!.text).toContain(`#${broadcastNumber(job)} · cancelled`);
    expect(list!.text).toMatch(/· finished · .* sent 980, failed 0, blocked 20, cancelled 0 of 1,000/);
  }, 120_000);
});
