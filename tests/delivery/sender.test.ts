import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createSender, type SenderDeps } from '../../src/delivery/sender.js';
import type { SendOutcome } from '../../src/delivery/types.js';
import {
  busiestWindow,
  privateMessage,
  scriptedTransmit,
  telegramError,
  tooManyRequests,
  type Step,
  type Call,
  type TestMessage,
} from './scripted-transmit.js';
import { createVirtualClock } from './virtual-clock.js';

const log = pino({ level: 'silent' });
const limits = { perSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20, maxInFlight: 10 };

function setup(
  script?: (call: Call, index: number) => Step,
  overrides: Partial<SenderDeps<TestMessage>> = {},
) {
  const clock = createVirtualClock(1_000_000);
  const fake = scriptedTransmit(clock, script);
  const sender = createSender<TestMessage>({
    transmit: fake.transmit,
    limits,
    clock,
    log,
    random: () => 0.5,
    ...overrides,
  });
  const sendAll = (messages: TestMessage[]) =>
    clock.runUntil(Promise.all(messages.map((m) => sender.send(m))));
  return { clock, fake, sender, sendAll, t0: clock.now() };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('createSender: rate limits', () => {
  it('never starts more than perSecond in any 1 s window, yet keeps the pace (300 messages)', async () => {
    const { fake, sendAll, t0 } = setup();
    const outcomes = await sendAll(range(300).map((i) => privateMessage(i + 1)));
    expect(outcomes.every((o) => o.status === 'sent')).toBe(true);
    const starts = fake.calls.map((c) => c.startedAt);
    expect(starts).toHaveLength(300);
    expect(busiestWindow(starts, 1000)).toBe(30);
    // Starts are spread evenly, 1/30 s apart, never bursting: a 429 comes back before the next leaves.
    const gaps = starts.slice(1).map((s, i) => s - starts[i]!);
    expect(Math.min(...gaps)).toBeCloseTo(1000 / 30);
    expect(Math.max(...starts) - t0).toBeCloseTo((299 * 1000) / 30);
  });

  it('widens every window by windowSlackMs', async () => {
    const { fake, sendAll, t0 } = setup(undefined, { windowSlackMs: 50 });
    await sendAll(range(90).map((i) => privateMessage(i + 1)));
    const starts = fake.calls.map((c) => c.startedAt);
    expect(busiestWindow(starts, 1050)).toBe(30);
    // Each window's 30 starts are paced 1/30 s apart, and each window begins 1050 ms after the last.
    expect(Math.max(...starts) - t0).toBeCloseTo(2 * 1050 + (29 * 1000) / 30);
  });

  it('spaces messages to one chat a second apart, in order, without delaying other chats', async () => {
    const { fake, sendAll, t0 } = setup();
    const messages = [
      privateMessage(1, 'a1'),
      privateMessage(1, 'a2'),
      privateMessage(1, 'a3'),
      privateMessage(2, 'b1'),
      privateMessage(3, 'c1'),
    ];
    await sendAll(messages);
    const startOf = (label: string) => Math.round(fake.calls.find((c) => c.label === label)!.startedAt - t0);
    expect(['a1', 'a2', 'a3', 'b1', 'c1'].map(startOf)).toEqual([0, 1000, 2000, 33, 67]);
  });

  it("waits for a chat's slow request to finish before starting its next message", async () => {
    const { fake, sendAll, t0 } = setup((call) => ({ latencyMs: call.label === 'a1' ? 2500 : 50 }));
    await sendAll([privateMessage(1, 'a1'), privateMessage(1, 'a2'), privateMessage(2, 'b1')]);
    expect(fake.calls.map((c) => [c.label, Math.round(c.startedAt - t0)])).toEqual([
      ['a1', 0],
      ['b1', 33],
      ['a2', 2500],
    ]);
  });

  it('keeps a group to perGroupPerMinute in any 60 s window', async () => {
    const { fake, sendAll, t0 } = setup();
    const group = (label: string): TestMessage => ({ chatId: -100, chatType: 'supergroup', label });
    await sendAll(range(25).map((i) => group(`g${i}`)));
    const starts = fake.calls.map((c) => c.startedAt - t0);
    expect(busiestWindow(starts, 60_000)).toBe(20);
    expect(starts.slice(0, 20)).toEqual(range(20).map((i) => i * 1000));
    expect(starts[20]).toBe(60_000);
  });

  it('never has more than maxInFlight requests open and does reach it', async () => {
    const { fake, sendAll } = setup(() => ({ latencyMs: 3000 }), {
      limits: { ...limits, perSecond: 100, maxInFlight: 5 },
    });
    await sendAll(range(40).map((i) => privateMessage(i + 1)));
    expect(fake.calls).toHaveLength(40);
    expect(fake.maxInFlight()).toBe(5);
  });
});

describe('createSender: replies outside the queue', () => {
  it('gives a reply the next slot of the overall limit, ahead of queued bulk messages, and counts it', async () => {
    const { fake, clock, sender, t0 } = setup();
    const bulk = Promise.all(range(60).map((i) => sender.send(privateMessage(i + 1))));
    let replyAt = -1;
    const reply = clock.runUntil(sender.reserveSlot().then(() => void (replyAt = clock.now())));
    await reply;
    await clock.runUntil(bulk);
    // The reply took the second slot; bulk went on after it, and the two together keep the pace.
    expect(Math.round(replyAt - t0)).toBe(33);
    const starts = [...fake.calls.map((c) => c.startedAt), replyAt].sort((a, b) => a - b);
    expect(busiestWindow(starts, 1000)).toBe(30);
    expect(Math.round(fake.calls[1]!.startedAt - t0)).toBe(67);
  });

  it('makes a reply wait out a 429 like everything else', async () => {
    const { clock, sender, t0 } = setup((_, index) =>
      index === 0 ? { latencyMs: 10, error: tooManyRequests(2) } : { latencyMs: 10 },
    );
    // The bulk message starts at once and draws a 429 (retry after 2 s) at 10 ms, before the reply's slot.
    const bulk = sender.send(privateMessage(1));
    const reply = sender.reserveSlot().then(() => clock.now());
    const [replyAt, outcome] = await clock.runUntil(Promise.all([reply, bulk]));
    expect(replyAt - t0).toBe(2010);
    expect(outcome.status).toBe('sent');
  });

  it("holds bulk sends and replies for a reply's 429 (pauseAll), and shares the pause", async () => {
    const paused: number[] = [];
    const budget = { take: async () => undefined, pause: async (until: number) => void paused.push(until) };
    const { clock, fake, sender, t0 } = setup(undefined, { budget });
    sender.pauseAll(3000);
    const reply = sender.reserveSlot().then(() => clock.now());
    const bulk = sender.send(privateMessage(1));
    const [replyAt] = await clock.runUntil(Promise.all([reply, bulk]));
    expect(replyAt - t0).toBeGreaterThanOrEqual(3000);
    expect(fake.calls[0]!.startedAt - t0).toBeGreaterThanOrEqual(3000);
    expect(paused).toEqual([t0 + 3000]);
  });
});

describe('createSender: replies in one group', () => {
  it('paces 25 replies into one group to 20 a minute, shared with bulk sends there, and counts those waiting', async () => {
    const { clock, sender, t0 } = setup();
    const GROUP = -100777;
    const at: number[] = [];
    const replies = range(25).map(() =>
      sender.reserveSlot(GROUP).then(() => void at.push(Math.round(clock.now() - t0))),
    );
    expect(sender.pendingReplies(GROUP)).toBeGreaterThan(20);
    await clock.runUntil(Promise.all(replies));
    expect(at).toHaveLength(25);
    expect(busiestWindow(at, 60_000)).toBe(20);
    expect(at.slice(20).every((t) => t >= 60_000)).toBe(true);
    expect(sender.pendingReplies(GROUP)).toBe(0);
  });

  it('does not hold private replies behind a full group', async () => {
    const { clock, sender, t0 } = setup();
    const group = range(21).map(() => sender.reserveSlot(-100778));
    const privateAt = await clock.runUntil(sender.reserveSlot(5).then(() => clock.now() - t0));
    expect(privateAt).toBeLessThan(1_000);
    await clock.runUntil(Promise.all(group));
  });
});

describe('createSender: failures', () => {
  it('on 429 pauses every send for exactly retry_after, then retries that message', async () => {
    let responseAt = 0;
    const { fake, clock, sendAll } = setup((call, index) => {
      if (index !== 5) return { latencyMs: 50 };
      responseAt = call.startedAt + 50;
      return { latencyMs: 50, error: tooManyRequests(5) };
    });
    const outcomes = await sendAll(range(60).map((i) => privateMessage(i + 1)));
    expect(outcomes.every((o) => o.status === 'sent')).toBe(true);
    const starts = fake.calls.map((c) => c.startedAt);
    expect(starts.filter((t) => t >= responseAt && t < responseAt + 5000)).toEqual([]);
    expect(starts.filter((t) => t === responseAt + 5000).length).toBeGreaterThan(0);
    // The throttled message (chat 6) went out again once the pause ended.
    expect(fake.calls.filter((c) => c.chatId === 6).map((c) => c.startedAt)).toEqual([
      responseAt - 50,
      responseAt + 5000,
    ]);
    expect(clock.now()).toBeGreaterThanOrEqual(responseAt + 5000);
  });

  it('retries 5xx with growing backoff, then reports success', async () => {
    const { fake, sendAll, sender, t0 } = setup(
      (_call, index) =>
        index < 3 ? { latencyMs: 0, error: telegramError(502, 'Bad Gateway') } : { latencyMs: 0 },
      {
        backoff: { baseMs: 2000, capMs: 60_000 },
      },
    );
    const [outcome] = await sendAll([privateMessage(1)]);
    expect(outcome).toEqual({ status: 'sent', messageIds: [1] });
    // random 0.5 of 2000, 4000, 8000
    expect(fake.calls.map((c) => c.startedAt - t0)).toEqual([0, 1000, 3000, 7000]);
    expect(sender.stats()).toMatchObject({ sent: 1, retried: 3, failed: 0 });
  });

  it('gives up after maxAttempts transient failures', async () => {
    const { fake, sendAll } = setup(
      () => ({ error: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) }),
      {
        maxAttempts: 3,
        backoff: { baseMs: 100, capMs: 1000 },
      },
    );
    const [outcome] = await sendAll([privateMessage(1)]);
    expect(outcome).toEqual({ status: 'failed', error: 'read ECONNRESET', attempts: 3 });
    expect(fake.calls).toHaveLength(3);
  });

  it.each<[string, unknown, SendOutcome]>([
    [
      '403 blocked',
      telegramError(403, 'Forbidden: bot was blocked by the user'),
      { status: 'blocked', reason: 'blocked_by_user' },
    ],
    [
      '400 chat not found',
      telegramError(400, 'Bad Request: chat not found'),
      { status: 'blocked', reason: 'chat_not_found' },
    ],
    [
      '400 bad entities',
      telegramError(400, "Bad Request: can't parse entities"),
      { status: 'failed', error: "400: Bad Request: can't parse entities", attempts: 1 },
    ],
  ])('%s is final: one call, no retry', async (_name, error, expected) => {
    const { fake, sendAll } = setup(() => ({ error }));
    expect(await sendAll([privateMessage(1)])).toEqual([expected]);
    expect(fake.calls).toHaveLength(1);
  });

  it('reports a migrated group with its new id', async () => {
    const migrated = new (await import('telegraf')).TelegramError({
      error_code: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      parameters: { migrate_to_chat_id: -1009 },
    });
    const { sendAll } = setup(() => ({ error: migrated }));
    expect(await sendAll([{ chatId: -9, chatType: 'group', label: 'g' }])).toEqual([
      { status: 'migrated', newChatId: -1009 },
    ]);
  });

  it('keeps a chat in order while its first message waits for a retry, other chats go on', async () => {
    const { fake, sendAll, t0 } = setup(
      (call) =>
        call.label === 'a1' && call.startedAt === 1_000_000
          ? { latencyMs: 0, error: telegramError(500, 'oops') }
          : { latencyMs: 0 },
      {
        backoff: { baseMs: 10_000, capMs: 10_000 },
      },
    );
    await sendAll([privateMessage(1, 'a1'), privateMessage(1, 'a2'), privateMessage(2, 'b1')]);
    expect(fake.calls.map((c) => [c.label, Math.round(c.startedAt - t0)])).toEqual([
      ['a1', 0],
      ['b1', 33],
      ['a1', 5000],
      ['a2', 6000],
    ]);
  });

  it('idle() resolves only when the queue has drained', async () => {
    const { clock, sender, fake } = setup();
    for (const i of range(45)) void sender.send(privateMessage(i + 1));
    await clock.runUntil(sender.idle());
    expect(fake.calls).toHaveLength(45);
    expect(sender.stats()).toMatchObject({ queued: 0, inFlight: 0, sent: 45 });
  });
});
