import { badRequest } from './api-error.js';
import { canonicalJson } from './canonical-json.js';
import type { FakeState, MethodHandler } from './fake-state.js';
import { toApiMessage, type StoredMessage } from './message-store.js';
import { checkMessageText } from './message-text.js';
import {
  optionalBoolean,
  optionalInteger,
  optionalObject,
  optionalString,
  requireChatId,
  requireInteger,
  type Params,
} from './params.js';
import { checkReplyMarkup } from './reply-markup.js';

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

function replyMarkupParam(params: Params): unknown {
  const markup = optionalObject(params, 'reply_markup');
  checkReplyMarkup(markup);
  return markup;
}

/** An empty inline keyboard is no keyboard. */
function markupKey(markup: unknown): string {
  const rows = (markup as { inline_keyboard?: unknown[][] } | undefined)?.inline_keyboard;
  if (markup === undefined || (Array.isArray(rows) && rows.flat().length === 0)) return '';
  return canonicalJson(markup);
}

/** The message replied to, from reply_parameters or the older reply_to_message_id. */
function replyTarget(state: FakeState, chatId: number, params: Params): StoredMessage | undefined {
  const replyParameters = optionalObject(params, 'reply_parameters') as
    { message_id?: unknown; chat_id?: unknown; allow_sending_without_reply?: unknown } | undefined;
  const messageId = replyParameters
    ? Number(replyParameters.message_id)
    : optionalInteger(params, 'reply_to_message_id');
  if (messageId === undefined) return undefined;
  const targetChat = replyParameters?.chat_id === undefined ? chatId : Number(replyParameters.chat_id);
  const target = state.store.get(targetChat, messageId);
  const allowMissing = replyParameters
    ? replyParameters.allow_sending_without_reply === true
    : optionalBoolean(params, 'allow_sending_without_reply');
  if (!target && !allowMissing) throw badRequest('message to be replied not found');
  return target;
}

/** Stores a new message from the bot in the chat, numbered after the chat's last message. */
export function botMessage(
  state: FakeState,
  chatId: number,
  fields: Omit<StoredMessage, 'message_id' | 'chat' | 'from' | 'date' | 'edits' | 'byBot'>,
): StoredMessage {
  const message: StoredMessage = {
    message_id: state.store.nextId(chatId),
    chat: state.chats.chat(chatId),
    from: state.botUser,
    date: Math.floor(state.now() / 1000),
    edits: 0,
    byBot: true,
    ...fields,
  };
  state.store.add(message);
  return message;
}

function editableMessage(state: FakeState, params: Params): StoredMessage {
  if (params.inline_message_id !== undefined)
    throw badRequest('inline messages are not modelled by the fake Bot API');
  const chatId = requireChatId(params);
  const message = state.store.get(chatId, requireInteger(params, 'message_id'));
  if (!message) throw badRequest('message to edit not found');
  if (!message.byBot) throw badRequest("message can't be edited");
  return message;
}

function markEdited(state: FakeState, message: StoredMessage): void {
  message.edits += 1;
  message.edit_date = Math.floor(state.now() / 1000);
}

const sendMessage: MethodHandler = (state, params) => {
  const chatId = requireChatId(params);
  const parseMode = optionalString(params, 'parse_mode');
  const text = checkMessageText(optionalString(params, 'text'), parseMode);
  const replyMarkup = replyMarkupParam(params);
  const threadId = optionalInteger(params, 'message_thread_id');
  const replyTo = replyTarget(state, chatId, params);
  state.flood.acquire(chatId, state.now());
  const message = botMessage(state, chatId, {
    source: text.source,
    visible: text.visible,
    signature: text.signature,
    ...(parseMode !== undefined && { parse_mode: parseMode }),
    ...(replyMarkup !== undefined && { reply_markup: replyMarkup }),
    ...(threadId !== undefined && { thread_id: threadId }),
    ...(replyTo !== undefined && { reply_to: replyTo }),
  });
  return toApiMessage(message);
};

const copyMessage: MethodHandler = (state, params) => {
  const chatId = requireChatId(params);
  const fromChatId = requireChatId(params, 'from_chat_id');
  const original = state.store.get(fromChatId, requireInteger(params, 'message_id'));
  if (!original) throw badRequest('message to copy not found');
  const replyMarkup = replyMarkupParam(params);
  const threadId = optionalInteger(params, 'message_thread_id');
  const replyTo = replyTarget(state, chatId, params);
  state.flood.acquire(chatId, state.now());
  const copy = botMessage(state, chatId, {
    source: original.source,
    visible: original.visible,
    signature: original.signature,
    ...(original.parse_mode !== undefined && { parse_mode: original.parse_mode }),
    ...(replyMarkup !== undefined && { reply_markup: replyMarkup }),
    ...(threadId !== undefined && { thread_id: threadId }),
    ...(replyTo !== undefined && { reply_to: replyTo }),
    copied_from: { chat_id: fromChatId, message_id: original.message_id },
  });
  return { message_id: copy.message_id };
};

/** Like Telegram, an edit without reply_markup removes the inline keyboard. */
const editMessageText: MethodHandler = (state, params) => {
  const parseMode = optionalString(params, 'parse_mode');
  const text = checkMessageText(optionalString(params, 'text'), parseMode);
  const replyMarkup = replyMarkupParam(params);
  const message = editableMessage(state, params);
  if (message.signature === text.signature && markupKey(message.reply_markup) === markupKey(replyMarkup)) {
    throw badRequest(NOT_MODIFIED);
  }
  message.source = text.source;
  message.visible = text.visible;
  message.signature = text.signature;
  message.parse_mode = parseMode;
  message.reply_markup = replyMarkup;
  markEdited(state, message);
  return toApiMessage(message);
};

const editMessageReplyMarkup: MethodHandler = (state, params) => {
  const replyMarkup = replyMarkupParam(params);
  const message = editableMessage(state, params);
  if (markupKey(message.reply_markup) === markupKey(replyMarkup)) throw badRequest(NOT_MODIFIED);
  message.reply_markup = replyMarkup;
  markEdited(state, message);
  return toApiMessage(message);
};

const deleteMessage: MethodHandler = (state, params) => {
  const chatId = requireChatId(params);
  if (!state.store.delete(chatId, requireInteger(params, 'message_id')))
    throw badRequest('message to delete not found');
  return true;
};

export const messageMethods: Record<string, MethodHandler> = {
  sendMessage,
  copyMessage,
  editMessageText,
  editMessageReplyMarkup,
  deleteMessage,
};
