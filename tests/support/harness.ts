import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Chat, User } from 'telegraf/types';
import { buildApp, startApp, type AppDeps, type RunningApp } from '../../src/app.js';
import { parseConfig } from '../../src/config/schema.js';
import { startFakeBotApi, type FakeBotApi, type FakeBotApiOptions } from '../../src/fake-telegram/server.js';
import { createLogger } from '../../src/log/logger.js';
import { fixtureContentDir } from './fixture-content.js';

export const TEST_TOKEN = '123456:TEST-token-for-the-fake-api-000';

export type TestChat = Chat.PrivateChat | Chat.GroupChat | Chat.SupergroupChat;

export function user(overrides: Partial<User> = {}): User {
  return { id: 501, is_bot: false, first_name: 'Sara', language_code: 'ar', ...overrides };
}

export function privateChat(from: User): Chat.PrivateChat {
  return { id: from.id, type: 'private', first_name: from.first_name };
}

export function group(id = -100123, title = 'Newsroom'): Chat.SupergroupChat {
  return { id, type: 'supergroup', title };
}

export interface TestBot {
  fake: FakeBotApi;
  app: RunningApp;
  logs: string[];
  /** Sends a text message and returns the messages the bot sent or edited in that chat meanwhile. */
  send(text: string, options?: { from?: User; chat?: TestChat }): Promise<ReturnType<FakeBotApi['messages']>>;
  /** Presses an inline button of a message and returns the messages sent or edited meanwhile. */
  press(
    messageId: number,
    data: string,
    options?: { from?: User; chat?: TestChat },
  ): Promise<ReturnType<FakeBotApi['messages']>>;
  /** Pushes any update and waits until the bot has handled it. */
  push(update: Parameters<FakeBotApi['pushUpdate']>[0]): Promise<void>;
  stop(): Promise<void>;
}

/** The real app (same wiring as main) against the fake Bot API, with a temp database. */
export async function startTestBot(
  env: Record<string, string> = {},
  fakeOptions: Omit<FakeBotApiOptions, 'token'> = {},
  runtime: Omit<AppDeps, 'log'> = { now: Date.now, sleep: (ms) => sleep(ms) },
): Promise<TestBot> {
  const fake = await startFakeBotApi({ token: TEST_TOKEN, ...fakeOptions });
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-test-'));
  const parsed = parseConfig({
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_PATH: join(dir, 'test.db'),
    CONTENT_DIR: fixtureContentDir(dir),
    LOG_LEVEL: 'debug',
    // Never fires during a test: tests run slots themselves.
    DIGEST_SCHEDULE: '0 0 1 1 *',
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const logs: string[] = [];
  const log = createLogger({
    level: parsed.config.logLevel,
    secrets: [TEST_TOKEN],
    write: (line) => logs.push(line),
  });
  const app = await startApp(await buildApp(parsed.config, { log, ...runtime }));
  // Webhook mode: the fake POSTs to the webhook URL's host, which is this app's HTTP server.
  const { webhook } = parsed.config.http;
  if (webhook && app.httpPort !== null)
    fake.routeWebhook(new URL(webhook.url).hostname, `http://127.0.0.1:${app.httpPort}`);

  const snapshot = (chatId: number) =>
    new Map(fake.messages(chatId).map((m) => [m.message_id, JSON.stringify(m)]));
  const changedSince = (chatId: number, before: Map<number, string>) =>
    fake.messages(chatId).filter((m) => before.get(m.message_id) !== JSON.stringify(m));

  return {
    fake,
    app,
    logs,
    async send(text, { from = user(), chat = privateChat(from) } = {}) {
      const before = snapshot(chat.id);
      await fake.waitHandled(fake.sendText({ chat, from, text }));
      return changedSince(chat.id, before);
    },
    async press(messageId, data, { from = user(), chat = privateChat(from) } = {}) {
      const before = snapshot(chat.id);
      await fake.waitHandled(fake.pressButton({ chat, from, messageId, data }));
      return changedSince(chat.id, before);
    },
    async push(update) {
      await fake.waitHandled(fake.pushUpdate(update));
    },
    async stop() {
      await app.stop('test over');
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The inline buttons of a sent message, flattened. */
export function buttonsOf(message: {
  reply_markup?: unknown;
}): Array<{ text: string; callback_data: string }> {
  const markup = message.reply_markup as
    { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } | undefined;
  return markup?.inline_keyboard?.flat() ?? [];
}
