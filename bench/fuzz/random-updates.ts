import type { Chat, User } from 'telegraf/types';
import type { FakeBotApi, NewUpdate } from '../../src/fake-telegram/server.js';
import { commandEntities } from '../../src/fake-telegram/update-builders.js';
import { ADMIN_COMMANDS, PUBLIC_COMMANDS } from '../../src/bot/commands.js';

/**
 * Random and hostile updates for the fuzz run: every update type, real callback data (read from
 * the messages the bot sent, through the fake) often mutated, odd Unicode, anonymous admins,
 * forum topics, presses without a message. Seeded, so that a failing run can be repeated.
 */
// Every command the bot knows, and one it does not.
const COMMANDS = [...PUBLIC_COMMANDS, ...ADMIN_COMMANDS, 'nonsense'];
const ODD = [
  '\u200F',
  '\u2068',
  '\u2069',
  '\u202E',
  '\u0000',
  '\uD800',
  '\uDE00',
  '😀',
  '👨‍👩‍👧',
  '\u0333',
  '\r\n',
  '<b>',
  '&amp',
  '&',
  'كركوك',
  'Kirkuk',
  'constructor',
  '__proto__',
  'toString',
  'ar',
  'en',
  '2020-11-01-coalition-isis',
  '#1',
  '-1',
  '99999999999999999999',
  ' '.repeat(50),
  'ا'.repeat(300),
];

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface UpdateSource {
  next(): NewUpdate;
  /** The ids of every button press made so far: each must be answered. */
  pressed: string[];
}

export function randomUpdates(options: {
  seed: number;
  fake: FakeBotApi;
  adminId: number;
  bot: { id: number; username: string; first_name: string };
}): UpdateSource {
  const { fake } = options;
  const rand = random(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const users: User[] = Array.from({ length: 60 }, (_, i) => ({
    id: i === 0 ? options.adminId : 6000 + i,
    is_bot: false,
    first_name: pick(['Sara', 'أحمد', '\u202Eevil', '😀']),
    ...(rand() < 0.9 && { language_code: pick(['ar', 'en', 'ar-IQ', 'fr', '', 'constructor']) }),
  }));
  // Many groups, so that no group's replies run more than a minute behind Telegram's 20 a minute.
  // Telegram only sends file ids it can serve: each document is downloadable from the fake.
  const documents = [
    { id: 'doc-odd', content: ODD.join(' '), size: undefined },
    { id: 'doc-article', content: `2020-11-01\nTitle\n\n${'كركوك '.repeat(80)}`, size: undefined },
    { id: 'doc-big', content: 'x', size: 5 * 2 ** 20 },
  ].map(({ id, content, size }) => {
    fake.addFile(id, content);
    return {
      file_id: id,
      file_unique_id: id,
      file_name: `${id}.txt`,
      mime_type: 'text/plain',
      ...(size !== undefined && { file_size: size }),
    };
  });
  const groups: Chat[] = Array.from(
    { length: 300 },
    (_, i) =>
      ({
        id: -1_000_000_000_000 - i,
        type: 'supergroup',
        title: `G${i}`,
        ...(i % 5 === 0 && { is_forum: true }),
      }) as Chat,
  );
  const channel: Chat.ChannelChat = { id: -1_009_999_999_999, type: 'channel', title: 'Wire' };
  for (const g of groups.slice(0, 30)) fake.setChatMember(g.id, options.adminId, 'administrator');
  let messageId = 1;
  let queryId = 0;
  const pressed: string[] = [];

  const oddText = () =>
    Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(ODD)).join(pick(['', ' ', '\n']));
  const commandText = () => {
    const name = pick(COMMANDS);
    const at =
      rand() < 0.2 ? `@${pick([options.bot.username, 'other_bot', options.bot.username.toUpperCase()])}` : '';
    return `/${name}${at}${rand() < 0.6 ? ` ${oddText()}` : ''}`;
  };
  const privateChat = (u: User): Chat.PrivateChat => ({
    id: u.id,
    type: 'private',
    first_name: u.first_name,
  });
  const message = (chat: Chat, from: User | undefined, text: string) => ({
    message_id: messageId++,
    date: Math.floor(Date.now() / 1000),
    chat,
    ...(from && { from }),
    text,
    ...(rand() < 0.95 && { entities: commandEntities(text) }),
    ...(chat.type === 'supergroup' &&
      (chat as Chat.SupergroupChat).is_forum &&
      rand() < 0.5 && { message_thread_id: 7, is_topic_message: true }),
  });
  /** Real callback data from a message the bot sent, often mutated. */
  const callbackData = (data: string): string => {
    switch (Math.floor(rand() * 6)) {
      case 0:
        return data.slice(0, Math.floor(rand() * data.length));
      case 1:
        return `${data}${pick(ODD)}`.slice(0, 64);
      case 2:
        return data.replace(/\d+/, pick(['-1', '999999', 'NaN', '1e9']));
      case 3:
        return data.replace(/:(ar|en):/, `:${pick(['fr', 'constructor', ''])}:`);
      default:
        return data;
    }
  };

  function next(): NewUpdate {
    const from = pick(users);
    const roll = rand();
    const chat = roll < 0.55 ? privateChat(from) : roll < 0.9 ? pick(groups) : channel;
    const kind = rand();
    if (kind < 0.45) {
      const text = rand() < 0.8 ? commandText() : oddText();
      if (chat.type === 'channel')
        return { channel_post: { ...message(chat, undefined, text), sender_chat: chat } } as NewUpdate;
      const anonymous = chat.type !== 'private' && rand() < 0.1;
      return {
        message: anonymous
          ? {
              ...message(
                chat,
                { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' },
                text,
              ),
              sender_chat: chat,
            }
          : message(chat, from, text),
      } as NewUpdate;
    }
    if (kind < 0.75) {
      const sent = fake.messages(chat.id).filter((m) => m.reply_markup);
      const target = sent.length > 0 ? pick(sent) : undefined;
      const buttons = (
        (target?.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined)
          ?.inline_keyboard ?? []
      ).flat();
      const data =
        buttons.length > 0
          ? callbackData(pick(buttons).callback_data ?? '')
          : pick(['v:s:ar:0:x', 'st:sub:1', 'l:en:0', 'bc:ok:1:0', '', 'zzz']);
      const id = String(9_000_000 + ++queryId);
      pressed.push(id);
      const shape = rand();
      const base = { id, from, chat_instance: String(chat.id), data };
      if (shape < 0.05) return { callback_query: base } as NewUpdate;
      if (shape < 0.1) return { callback_query: { ...base, inline_message_id: 'AAAA' } } as NewUpdate;
      // Telegram only sends presses of buttons on messages that exist: without one, the press has no message.
      if (!target) return { callback_query: base } as NewUpdate;
      return {
        callback_query: {
          ...base,
          message: {
            message_id: target.message_id,
            date: 0,
            chat,
            from: { id: options.bot.id, is_bot: true, first_name: options.bot.first_name },
            text: target.text,
            reply_markup: target.reply_markup,
          },
        },
      } as NewUpdate;
    }
    const member = { user: from, status: 'member' };
    const others: NewUpdate[] = [
      { edited_message: { ...message(chat, from, commandText()), edit_date: 1 } },
      {
        my_chat_member: {
          chat,
          from,
          date: 0,
          old_chat_member: member,
          new_chat_member: { ...member, status: pick(['kicked', 'member', 'administrator', 'left']) },
        },
      },
      { chat_member: { chat, from, date: 0, old_chat_member: member, new_chat_member: member } },
      { inline_query: { id: `iq${messageId}`, from, query: oddText(), offset: '' } },
      { chosen_inline_result: { result_id: '1', from, query: 'x' } },
      {
        poll: {
          id: '1',
          question: 'q',
          options: [],
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: true,
          type: 'regular',
          allows_multiple_answers: false,
        },
      },
      { poll_answer: { poll_id: '1', user: from, option_ids: [0] } },
      { chat_join_request: { chat, from, user_chat_id: from.id, date: 0 } },
      {
        message_reaction: {
          chat,
          message_id: 1,
          date: 0,
          old_reaction: [],
          new_reaction: [{ type: 'emoji', emoji: '👍' }],
        },
      },
      {
        shipping_query: {
          id: '1',
          from,
          invoice_payload: 'x',
          shipping_address: {
            country_code: 'IQ',
            state: '',
            city: '',
            street_line1: '',
            street_line2: '',
            post_code: '',
          },
        },
      },
      { pre_checkout_query: { id: '1', from, currency: 'USD', total_amount: 1, invoice_payload: 'x' } },
      {
        message: {
          message_id: messageId++,
          date: 0,
          chat,
          from,
          sticker: {
            file_id: 's',
            file_unique_id: 's',
            type: 'regular',
            width: 1,
            height: 1,
            is_animated: false,
            is_video: false,
          },
        },
      },
      {
        message: {
          message_id: messageId++,
          date: 0,
          chat,
          from,
          photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }],
          caption: oddText(),
        },
      },
      { message: { message_id: messageId++, date: 0, chat, from, new_chat_members: [from] } },
      {
        message: {
          message_id: messageId++,
          date: 0,
          chat,
          from,
          document: pick(documents),
        },
      },
    ] as unknown as NewUpdate[];
    return pick(others);
  }
  return { next, pressed };
}
