import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Message } from 'telegraf/types';
import { ApiError } from './api-error.js';
import { ChatDirectory } from './chat-directory.js';
import { callMethod, findMethod } from './dispatch.js';
import { ErrorInjector } from './error-injector.js';
import type { FakeState } from './fake-state.js';
import { FloodControl } from './flood-control.js';
import { MessageStore, toApiMessage } from './message-store.js';
import { readRequestParams } from './request-params.js';
import type { ApiErrorBody, FakeBotApi, FakeBotApiOptions, NewUpdate, RecordedCall } from './types.js';
import { callbackQueryUpdate, defaultSender, textMessageUpdate } from './update-builders.js';
import { UpdateQueue } from './update-queue.js';
import { WebhookDelivery } from './webhook-delivery.js';

export { commandsKey } from './commands-key.js';
export type * from './types.js';

export const DEFAULT_TOKEN = '123456:TEST-TOKEN';
const DEFAULT_BOT_NAMES = { username: 'mawjaz_bot', first_name: 'Mawjaz' };
const DEFAULT_WAIT_HANDLED_MS = 10_000;

type Outcome = { ok: true; result: unknown } | ({ ok: false } & ApiErrorBody);

function failure(error: unknown): Outcome {
  if (error instanceof ApiError) return { ok: false, ...error.body };
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, error_code: 500, description: `Internal Server Error: ${reason}` };
}

function respond(res: ServerResponse, outcome: Outcome): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve();
    // A client that vanishes mid-answer never lets the write finish.
    res.once('close', () => resolve());
    res.writeHead(outcome.ok ? 200 : outcome.error_code, { 'content-type': 'application/json' });
    res.end(JSON.stringify(outcome), () => resolve());
  });
}

/** Keeps the chats and user messages an update introduces, so replies, copies and getChat know them. */
function rememberUpdate(state: FakeState, update: NewUpdate): void {
  const fields = update as Record<
    string,
    { chat?: Message['chat']; message?: { chat?: Message['chat'] } } | undefined
  >;
  for (const key of ['message', 'edited_message', 'channel_post', 'my_chat_member', 'chat_member']) {
    const chat = fields[key]?.chat;
    if (chat) state.chats.remember(chat);
  }
  const callbackChat = fields.callback_query?.message?.chat;
  if (callbackChat) state.chats.remember(callbackChat);
  // Any button press pushed as a raw update may be answered, as one made with pressButton.
  const queryId = (update as { callback_query?: { id?: unknown } }).callback_query?.id;
  if (typeof queryId === 'string') state.openCallbacks.add(queryId);

  const message = (
    'message' in update ? update.message : 'channel_post' in update ? update.channel_post : undefined
  ) as (Message & { text?: string; caption?: string; message_thread_id?: number }) | undefined;
  if (!message) return;
  const text = message.text ?? message.caption ?? '';
  state.store.add({
    message_id: message.message_id,
    chat: message.chat,
    ...(message.from !== undefined && { from: message.from }),
    date: message.date,
    ...(message.message_thread_id !== undefined && { thread_id: message.message_thread_id }),
    source: text,
    visible: text,
    signature: text,
    edits: 0,
    byBot: false,
  });
}

/** Starts a fake Telegram Bot API on 127.0.0.1 (a free port) that the real telegraf client can talk to. */
export async function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const token = options.token ?? DEFAULT_TOKEN;
  // A real bot's id is its token's prefix.
  const bot = options.bot ?? { id: Number.parseInt(token, 10) || 123456, ...DEFAULT_BOT_NAMES };
  const now = options.now ?? (() => Date.now());
  const updates = new UpdateQueue();
  const state: FakeState = {
    bot,
    botUser: { id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username },
    now,
    updates,
    webhook: new WebhookDelivery(updates, {
      now,
      ...(options.webhookTimeoutMs !== undefined && { timeoutMs: options.webhookTimeoutMs }),
    }),
    store: new MessageStore(),
    chats: new ChatDirectory(),
    flood: new FloodControl(options.limits),
    commands: new Map(),
    openCallbacks: new Set(),
    files: new Map(),
    photos: new Map(),
    answeredCallbacks: [],
  };
  const injector = new ErrorInjector();
  const calls: RecordedCall[] = [];
  const inFlight = new Set<Promise<void>>();
  let callbackQueries = 0;
  let closed = false;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = now();
    const clientGone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) clientGone.abort();
    });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(`/file/bot${token}/`))
      return serveFile(url.pathname.slice(`/file/bot${token}/`.length), res);
    const route = /^\/bot([^/]+)\/([^/]+)$/.exec(url.pathname);
    const method = route?.[2] === undefined ? url.pathname : (findMethod(route[2]) ?? route[2]);
    let params: Record<string, unknown> = {};
    let outcome: Outcome;
    // Read the body before answering anything, so the connection stays usable.
    const body = await readRequestParams(req, url).then(
      (read) => ({ read }),
      (error: unknown) => ({ error }),
    );
    try {
      if (!route) throw new ApiError({ error_code: 404, description: 'Not Found' });
      if (route[1] !== token) throw new ApiError({ error_code: 401, description: 'Unauthorized' });
      if (!findMethod(method)) throw new ApiError({ error_code: 404, description: 'Not Found' });
      if ('error' in body) throw body.error;
      params = body.read;
      outcome = {
        ok: true,
        result: await callMethod(state, injector, method, params, clientGone.signal, at),
      };
    } catch (error) {
      outcome = failure(error);
    }
    calls.push({
      method,
      params,
      at,
      ok: outcome.ok,
      ...(!outcome.ok && { errorCode: outcome.error_code, description: outcome.description }),
    });
    await respond(res, outcome);
  }

  /** File downloads, as the Bot API serves them at /file/bot<token>/<file_path>. */
  function serveFile(path: string, res: ServerResponse): void {
    const file = [...state.files.values()].find((f) => f.path === decodeURIComponent(path));
    res.writeHead(file ? 200 : 404, { 'content-type': 'application/octet-stream' });
    res.end(file?.content ?? 'Not Found');
  }

  const server = createServer((req, res) => {
    const served = serve(req, res);
    inFlight.add(served);
    void served.finally(() => inFlight.delete(served));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  function pushUpdate(update: NewUpdate): number {
    rememberUpdate(state, update);
    return state.updates.push(update);
  }

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    bot,
    calls,
    answeredCallbacks: state.answeredCallbacks,
    commands: state.commands,
    get violations() {
      return state.flood.violations;
    },
    pushUpdate,
    addFile(fileId, content) {
      state.files.set(fileId, { path: `documents/${fileId}.txt`, content: Buffer.from(content) });
    },
    sendText({ chat, from, text, threadId, replyTo }) {
      state.chats.remember(chat);
      let repliedTo: Record<string, unknown> | undefined;
      if (replyTo !== undefined) {
        const target = state.store.get(chat.id, replyTo);
        if (!target) throw new Error(`sendText: no message ${replyTo} in chat ${chat.id} to reply to`);
        repliedTo = toApiMessage(target, 1);
      }
      return pushUpdate(
        textMessageUpdate({
          chat,
          from: from === null ? undefined : (from ?? defaultSender(chat)),
          text,
          messageId: state.store.nextId(chat.id),
          date: Math.floor(now() / 1000),
          ...(threadId !== undefined && { threadId }),
          ...(repliedTo !== undefined && { replyTo: repliedTo }),
        }),
      );
    },
    pressButton({ chat, from, messageId, data }) {
      state.chats.remember(chat);
      const message = state.store.get(chat.id, messageId);
      if (!message) throw new Error(`pressButton: no message ${messageId} in chat ${chat.id}`);
      callbackQueries += 1;
      const queryId = String(4_000_000_000_000 + callbackQueries);
      state.openCallbacks.add(queryId);
      return pushUpdate(
        callbackQueryUpdate({ queryId, from, message: toApiMessage(message), chatId: chat.id, data }),
      );
    },
    waitHandled(updateId, timeoutMs = DEFAULT_WAIT_HANDLED_MS) {
      return state.updates.waitHandled(updateId, timeoutMs);
    },
    messages(chatId) {
      return state.store.sentByBot(chatId);
    },
    fileContent(fileId) {
      return state.files.get(fileId)?.content;
    },
    inject(method, error, opts) {
      injector.add(findMethod(method) ?? method, error, opts);
    },
    setChatMember(chatId, userId, status) {
      state.chats.setMember(chatId, userId, status);
    },
    blockChat(chatId) {
      state.chats.block(chatId);
    },
    routeWebhook(host, origin) {
      state.webhook.route(host, origin);
    },
    webhookAttempts(updateId) {
      return state.webhook.attemptsFor(updateId);
    },
    resendUpdate(updateId) {
      state.updates.resend(updateId);
    },
    async close() {
      if (closed) return;
      closed = true;
      // End long polls with an answer first, so clients see a clean response rather than a reset.
      state.updates.close();
      await state.webhook.close();
      await Promise.allSettled([...inFlight]);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
