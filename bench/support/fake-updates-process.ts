/**
 * The fake Bot API in a process of its own, driven over stdin/stdout with one JSON line each way,
 * so that a bench measures the bot's process alone. No send limits: the fake never answers 429.
 *
 *   started:  prints {"apiRoot": …}
 *   {"route": {"host", "origin"}}                          → {"ok": true}   (webhook host → bot's server)
 *   {"run": {"users": [ids], "text": "…"}}                  → one text message per user
 *   {"run": {"users": [ids], "press": "callback data"}}     → one press per user, on the bot's last message in that chat
 *   either with "perSecond": n                              → offered at a steady n a second instead of all at once
 *       → {"ok": true, "replies": n, "failed": n} once every update was handled and answered
 *         (sendMessage, editMessageText or answerCallbackQuery; a webhook can confirm an update before its reply went out)
 *
 * Usage: tsx bench/support/fake-updates-process.ts TOKEN
 */
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { User } from 'telegraf/types';
import { startFakeBotApi } from '../../src/fake-telegram/server.js';

type Command =
  | { route: { host: string; origin: string } }
  | { run: { users: number[]; text?: string; press?: string; perSecond?: number } };

const ANSWERS = new Set(['sendMessage', 'answerCallbackQuery']);
const HANDLED_TIMEOUT_MS = 300_000;

const fake = await startFakeBotApi({ token: process.argv[2] ?? '' });
const reply = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
reply({ apiRoot: fake.apiRoot });

const userOf = (id: number): User => ({
  id,
  is_bot: false,
  first_name: `Reader ${id}`,
  language_code: id % 2 === 0 ? 'ar' : 'en',
});

async function run(users: number[], text: string | undefined, press: string | undefined, perSecond?: number) {
  const from = fake.calls.length;
  const offer = (id: number) => {
    const user = userOf(id);
    const chat = { id, type: 'private' as const, first_name: user.first_name };
    if (press === undefined) return fake.sendText({ chat, from: user, text: text ?? '' });
    const messageId = fake.messages(id).at(-1)?.message_id;
    if (messageId === undefined) throw new Error(`chat ${id} has no message to press a button on`);
    return fake.pressButton({ chat, from: user, messageId, data: press });
  };
  const ids: number[] = [];
  const startedAt = performance.now();
  for (const [i, id] of users.entries()) {
    // Steady: each update when its turn comes (timers wake to the millisecond, so a few may go together).
    const wait = perSecond === undefined ? 0 : startedAt + (i * 1000) / perSecond - performance.now();
    if (wait >= 1) await sleep(wait);
    ids.push(offer(id));
  }
  await Promise.all(ids.map((id) => fake.waitHandled(id, HANDLED_TIMEOUT_MS)));
  const started = Date.now();
  for (;;) {
    const calls = fake.calls.slice(from).filter((call) => ANSWERS.has(call.method));
    const replies = calls.filter((call) => call.ok).length;
    if (replies >= users.length || Date.now() - started > 10_000)
      return { ok: true, replies, failed: calls.length - replies };
    await sleep(1);
  }
}

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as Command;
  try {
    if ('route' in command) {
      fake.routeWebhook(command.route.host, command.route.origin);
      reply({ ok: true });
    } else {
      const { users, text, press, perSecond } = command.run;
      reply(await run(users, text, press, perSecond));
    }
  } catch (error) {
    reply({ ok: false, error: String(error) });
  }
}
await fake.close();
