import { ApiError } from './api-error.js';
import { botMethods } from './bot-methods.js';
import type { ErrorInjector } from './error-injector.js';
import type { FakeState, MethodHandler } from './fake-state.js';
import { messageMethods } from './message-methods.js';
import type { Params } from './params.js';
import { photoMethods } from './photo-methods.js';
import { webhookMethods } from './webhook-methods.js';

const METHODS: Record<string, MethodHandler> = {
  ...botMethods,
  ...messageMethods,
  ...photoMethods,
  ...webhookMethods,
};
const BY_LOWER_NAME = new Map(Object.keys(METHODS).map((name) => [name.toLowerCase(), name]));

/** Methods the rate limits and flood waits apply to. */
const SEND_METHODS = new Set(['sendMessage', 'copyMessage', 'sendPhoto']);
/** Methods that fail with 403 once the chat blocked the bot or the bot left it. */
const CHAT_WRITE_METHODS = new Set([
  'sendMessage',
  'copyMessage',
  'sendPhoto',
  'sendChatAction',
  'editMessageText',
  'editMessageReplyMarkup',
]);

/** The method's canonical name; Telegram matches method names case-insensitively. */
export function findMethod(name: string): string | undefined {
  return BY_LOWER_NAME.get(name.toLowerCase());
}

function chatIdOf(params: Params): number | undefined {
  const id = Number(params.chat_id);
  return params.chat_id !== undefined && Number.isSafeInteger(id) ? id : undefined;
}

/** Runs a known method: flood wait, injected failure, a chat refusing the bot, then the method itself. */
export async function callMethod(
  state: FakeState,
  injector: ErrorInjector,
  method: string,
  params: Params,
  signal: AbortSignal,
  arrivedAt: number,
): Promise<unknown> {
  const handler = METHODS[method];
  if (!handler) throw new ApiError({ error_code: 404, description: 'Not Found' });
  const isSend = SEND_METHODS.has(method);
  if (isSend) state.flood.refuseDuringFloodWait(state.now(), arrivedAt);
  const chatId = chatIdOf(params);
  const injected = injector.take(method, chatId);
  if (injected) {
    const retryAfter = injected.parameters?.retry_after;
    if (isSend && retryAfter !== undefined) state.flood.startFloodWait(state.now(), retryAfter);
    throw new ApiError(injected);
  }
  const refusal =
    chatId !== undefined && CHAT_WRITE_METHODS.has(method)
      ? state.chats.writeRefusal(chatId, state.bot.id)
      : undefined;
  if (refusal !== undefined) throw new ApiError({ error_code: 403, description: refusal });
  return await handler(state, params, signal);
}
