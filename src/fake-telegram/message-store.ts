import type { Chat, User } from 'telegraf/types';
import type { StoredPhoto } from './photo.js';
import type { SentMessage } from './types.js';

/** A message in a chat, from the bot or from a user, as the fake keeps it. */
export interface StoredMessage {
  message_id: number;
  chat: Chat;
  from?: User;
  /** Unix seconds. */
  date: number;
  thread_id?: number;
  /** The text as sent (HTML source when parse_mode is HTML). */
  source: string;
  visible: string;
  /** Content as Telegram compares it for "message is not modified". */
  signature: string;
  parse_mode?: string;
  reply_markup?: unknown;
  reply_to?: StoredMessage;
  edits: number;
  edit_date?: number;
  copied_from?: { chat_id: number; message_id: number };
  /** A photo message: source/visible/signature are its caption. */
  photo?: StoredPhoto;
  byBot: boolean;
}

interface ChatMessages {
  nextId: number;
  byId: Map<number, StoredMessage>;
}

/** Messages per chat. Ids are per chat and shared by users and the bot, as in private chats and groups. */
export class MessageStore {
  private readonly chats = new Map<number, ChatMessages>();

  private chatMessages(chatId: number): ChatMessages {
    let entry = this.chats.get(chatId);
    if (!entry) {
      entry = { nextId: 1, byId: new Map() };
      this.chats.set(chatId, entry);
    }
    return entry;
  }

  nextId(chatId: number): number {
    return this.chatMessages(chatId).nextId;
  }

  add(message: StoredMessage): void {
    const entry = this.chatMessages(message.chat.id);
    entry.byId.set(message.message_id, message);
    entry.nextId = Math.max(entry.nextId, message.message_id + 1);
  }

  get(chatId: number, messageId: number): StoredMessage | undefined {
    return this.chats.get(chatId)?.byId.get(messageId);
  }

  delete(chatId: number, messageId: number): boolean {
    return this.chats.get(chatId)?.byId.delete(messageId) ?? false;
  }

  /** The bot's messages in the chat in sending order, as fresh snapshots. */
  sentByBot(chatId: number): SentMessage[] {
    const messages = [...(this.chats.get(chatId)?.byId.values() ?? [])].filter((m) => m.byBot);
    return messages.sort((a, b) => a.message_id - b.message_id).map(toSentMessage);
  }
}

function toSentMessage(message: StoredMessage): SentMessage {
  return {
    message_id: message.message_id,
    chat_id: message.chat.id,
    ...(message.thread_id !== undefined && { thread_id: message.thread_id }),
    html: message.source,
    text: message.visible,
    ...(message.parse_mode !== undefined && { parse_mode: message.parse_mode }),
    ...(message.reply_markup !== undefined && { reply_markup: structuredClone(message.reply_markup) }),
    edits: message.edits,
    ...(message.copied_from !== undefined && { copied_from: { ...message.copied_from } }),
    ...(message.photo !== undefined && { photo: structuredClone(message.photo) }),
  };
}

/** The Bot API's Message object for a stored message (entities are not reproduced). */
export function toApiMessage(message: StoredMessage, depth = 0): Record<string, unknown> {
  return {
    message_id: message.message_id,
    ...(message.thread_id !== undefined && { message_thread_id: message.thread_id, is_topic_message: true }),
    ...(message.from !== undefined && { from: message.from }),
    chat: message.chat,
    date: message.date,
    ...(message.edit_date !== undefined && { edit_date: message.edit_date }),
    // Telegram nests reply_to_message one level deep only.
    ...(message.reply_to !== undefined &&
      depth === 0 && { reply_to_message: toApiMessage(message.reply_to, 1) }),
    // A photo's text is its caption (absent when empty).
    ...(message.photo === undefined
      ? { text: message.visible }
      : { photo: message.photo.sizes, ...(message.visible !== '' && { caption: message.visible }) }),
    // Only inline keyboards belong to a message; reply keyboards are not echoed back.
    ...(hasInlineKeyboard(message.reply_markup) && { reply_markup: message.reply_markup }),
  };
}

function hasInlineKeyboard(markup: unknown): boolean {
  return typeof markup === 'object' && markup !== null && 'inline_keyboard' in markup;
}
