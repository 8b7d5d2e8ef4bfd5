import type { Chat, MessageEntity, User } from 'telegraf/types';
import type { NewUpdate } from './types.js';

/** A `bot_command` entity when the text starts with a command, as Telegram clients mark it. */
export function commandEntities(text: string): MessageEntity[] {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  return command ? [{ type: 'bot_command', offset: 0, length: command[0].length }] : [];
}

/** The sender Telegram would report when a test gives none: the private chat's user, else a stand-in. */
export function defaultSender(chat: Chat): User {
  if (chat.type === 'private') {
    return {
      id: chat.id,
      is_bot: false,
      first_name: chat.first_name,
      ...(chat.username !== undefined && { username: chat.username }),
    };
  }
  return { id: 777_000_001, is_bot: false, first_name: 'Tester' };
}

export interface TextMessageInput {
  chat: Chat;
  from: User | undefined;
  text: string;
  messageId: number;
  date: number;
  threadId?: number;
  replyTo?: Record<string, unknown>;
}

/** A message update, or a channel_post for channels (which carry no sender). */
export function textMessageUpdate(input: TextMessageInput): NewUpdate {
  const entities = commandEntities(input.text);
  const message = {
    message_id: input.messageId,
    ...(input.threadId !== undefined && {
      message_thread_id: input.threadId,
      is_topic_message: true as const,
    }),
    ...(input.from !== undefined && input.chat.type !== 'channel' && { from: input.from }),
    chat: input.chat,
    date: input.date,
    ...(input.replyTo !== undefined && { reply_to_message: input.replyTo }),
    text: input.text,
    ...(entities.length > 0 && { entities }),
  };
  return (input.chat.type === 'channel' ? { channel_post: message } : { message }) as NewUpdate;
}

export function callbackQueryUpdate(input: {
  queryId: string;
  from: User;
  message: Record<string, unknown>;
  chatId: number;
  data: string;
}): NewUpdate {
  return {
    callback_query: {
      id: input.queryId,
      from: input.from,
      message: input.message,
      chat_instance: String(input.chatId),
      data: input.data,
    },
  } as unknown as NewUpdate;
}
