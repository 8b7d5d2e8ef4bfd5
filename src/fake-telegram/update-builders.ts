import type { Chat, Document, MessageEntity, User } from 'telegraf/types';
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
  /** The chat a message is sent as: an anonymous admin's group, or another channel. */
  senderChat?: Chat;
  /** The entities a client marked, when not the usual leading command (some clients mark none). */
  entities?: MessageEntity[];
}

/** A message update, or a channel_post for channels (which carry no sender). */
export function textMessageUpdate(input: TextMessageInput): NewUpdate {
  const entities = input.entities ?? commandEntities(input.text);
  const message = {
    message_id: input.messageId,
    ...(input.threadId !== undefined && {
      message_thread_id: input.threadId,
      is_topic_message: true as const,
    }),
    ...(input.from !== undefined && input.chat.type !== 'channel' && { from: input.from }),
    ...(input.senderChat !== undefined && { sender_chat: input.senderChat }),
    chat: input.chat,
    date: input.date,
    ...(input.replyTo !== undefined && { reply_to_message: input.replyTo }),
    text: input.text,
    ...(entities.length > 0 && { entities }),
  };
  return (input.chat.type === 'channel' ? { channel_post: message } : { message }) as NewUpdate;
}

/**
 * A button press. Telegram leaves out the message when it is too old to send, and sends an
 * inline_message_id instead for a button on a message sent in inline mode.
 */
export function callbackQueryUpdate(input: {
  queryId: string;
  from: User;
  message?: Record<string, unknown>;
  inlineMessageId?: string;
  chatId: number;
  data: string;
}): NewUpdate {
  return {
    callback_query: {
      id: input.queryId,
      from: input.from,
      ...(input.message !== undefined && { message: input.message }),
      ...(input.inlineMessageId !== undefined && { inline_message_id: input.inlineMessageId }),
      chat_instance: String(input.chatId),
      data: input.data,
    },
  } as unknown as NewUpdate;
}

/** What every message carries, whatever its content. */
export interface MessageEnvelope {
  chat: Chat;
  from?: User;
  messageId: number;
  date: number;
}

function envelope(input: MessageEnvelope) {
  return {
    message_id: input.messageId,
    date: input.date,
    chat: input.chat,
    ...(input.from !== undefined && { from: input.from }),
  };
}

const asMessage = (message: Record<string, unknown>) => ({ message }) as unknown as NewUpdate;

/** A sticker, the smallest one Telegram describes. */
export function stickerMessageUpdate(input: MessageEnvelope & { fileId?: string }): NewUpdate {
  const fileId = input.fileId ?? 'sticker';
  return asMessage({
    ...envelope(input),
    sticker: {
      file_id: fileId,
      file_unique_id: fileId,
      type: 'regular',
      width: 1,
      height: 1,
      is_animated: false,
      is_video: false,
    },
  });
}

/** A photo in one size, with an optional caption. */
export function photoMessageUpdate(
  input: MessageEnvelope & { fileId?: string; caption?: string },
): NewUpdate {
  const fileId = input.fileId ?? 'photo';
  return asMessage({
    ...envelope(input),
    photo: [{ file_id: fileId, file_unique_id: fileId, width: 1, height: 1 }],
    ...(input.caption !== undefined && { caption: input.caption }),
  });
}

/** A file sent as a document. */
export function documentMessageUpdate(input: MessageEnvelope & { document: Document }): NewUpdate {
  return asMessage({ ...envelope(input), document: input.document });
}

/** Members joining a group (the service message Telegram sends for them). */
export function newMembersMessageUpdate(input: MessageEnvelope & { members: User[] }): NewUpdate {
  return asMessage({ ...envelope(input), new_chat_members: input.members });
}

/** The last message of a group upgraded to a supergroup: it names the supergroup's id. */
export function migrationMessageUpdate(input: MessageEnvelope & { migrateToChatId: number }): NewUpdate {
  return asMessage({ ...envelope(input), migrate_to_chat_id: input.migrateToChatId });
}

/** A text message edited at editDate (seconds), with the entities of its new text. */
export function editedMessageUpdate(input: TextMessageInput & { editDate: number }): NewUpdate {
  const edited = textMessageUpdate(input) as { message?: object; channel_post?: object };
  return input.chat.type === 'channel'
    ? ({ edited_channel_post: { ...edited.channel_post, edit_date: input.editDate } } as NewUpdate)
    : ({ edited_message: { ...edited.message, edit_date: input.editDate } } as NewUpdate);
}

/**
 * A change of a member's status: `my_chat_member` when the member is the bot itself (added,
 * removed, made admin), `chat_member` for anyone else.
 */
export function memberStatusUpdate(input: {
  kind: 'my_chat_member' | 'chat_member';
  chat: Chat;
  from: User;
  member: User;
  date: number;
  oldStatus: string;
  newStatus: string;
}): NewUpdate {
  return {
    [input.kind]: {
      chat: input.chat,
      from: input.from,
      date: input.date,
      old_chat_member: { user: input.member, status: input.oldStatus },
      new_chat_member: { user: input.member, status: input.newStatus },
    },
  } as unknown as NewUpdate;
}

export function inlineQueryUpdate(input: { id: string; from: User; query: string }): NewUpdate {
  return { inline_query: { id: input.id, from: input.from, query: input.query, offset: '' } };
}

export function chosenInlineResultUpdate(input: { resultId: string; from: User; query: string }): NewUpdate {
  return { chosen_inline_result: { result_id: input.resultId, from: input.from, query: input.query } };
}

/** A regular anonymous poll without options, and an answer to it. */
export function pollUpdate(input: { id: string; question: string }): NewUpdate {
  return {
    poll: {
      id: input.id,
      question: input.question,
      options: [],
      total_voter_count: 0,
      is_closed: false,
      is_anonymous: true,
      type: 'regular',
      allows_multiple_answers: false,
    },
  };
}

export function pollAnswerUpdate(input: { pollId: string; user: User; optionIds: number[] }): NewUpdate {
  return { poll_answer: { poll_id: input.pollId, user: input.user, option_ids: input.optionIds } };
}

export function chatJoinRequestUpdate(input: { chat: Chat; from: User; date: number }): NewUpdate {
  return {
    chat_join_request: { chat: input.chat, from: input.from, user_chat_id: input.from.id, date: input.date },
  } as unknown as NewUpdate;
}

/** An emoji reaction put on a message. */
export function reactionUpdate(input: {
  chat: Chat;
  messageId: number;
  date: number;
  emoji: string;
}): NewUpdate {
  return {
    message_reaction: {
      chat: input.chat,
      message_id: input.messageId,
      date: input.date,
      old_reaction: [],
      new_reaction: [{ type: 'emoji', emoji: input.emoji }],
    },
  } as unknown as NewUpdate;
}

/** The two questions of a payment: where to ship, and may it go ahead. */
export function shippingQueryUpdate(input: { id: string; from: User; payload: string }): NewUpdate {
  return {
    shipping_query: {
      id: input.id,
      from: input.from,
      invoice_payload: input.payload,
      shipping_address: {
        country_code: 'IQ',
        state: '',
        city: '',
        street_line1: '',
        street_line2: '',
        post_code: '',
      },
    },
  };
}

export function preCheckoutQueryUpdate(input: {
  id: string;
  from: User;
  currency: string;
  totalAmount: number;
  payload: string;
}): NewUpdate {
  return {
    pre_checkout_query: {
      id: input.id,
      from: input.from,
      currency: input.currency,
      total_amount: input.totalAmount,
      invoice_payload: input.payload,
    },
  };
}
