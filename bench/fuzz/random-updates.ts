import type { Chat, User } from 'telegraf/types';
import type { FakeBotApi, NewUpdate } from '../../src/fake-telegram/server.js';
import {
  callbackQueryUpdate,
  chatJoinRequestUpdate,
  chosenInlineResultUpdate,
  documentMessageUpdate,
  editedMessageUpdate,
  inlineQueryUpdate,
  memberStatusUpdate,
  newMembersMessageUpdate,
  photoMessageUpdate,
  pollAnswerUpdate,
  pollUpdate,
  preCheckoutQueryUpdate,
  reactionUpdate,
  shippingQueryUpdate,
  stickerMessageUpdate,
  textMessageUpdate,
  type TextMessageInput,
} from '../../src/fake-telegram/update-builders.js';
import { ADMIN_COMMANDS, PUBLIC_COMMANDS } from '../../src/bot/commands.js';
import { seededRandom } from '../support/random.js';

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
  const rand = seededRandom(options.seed);
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
  /** A text message as a client sends it: now and then without entities, in forums now and then in a topic. */
  const message = (chat: Chat, from: User | undefined, text: string, senderChat?: Chat): TextMessageInput => {
    const marked = rand() < 0.95;
    const inTopic =
      chat.type === 'supergroup' && (chat as Chat.SupergroupChat).is_forum === true && rand() < 0.5;
    return {
      chat,
      from,
      text,
      messageId: messageId++,
      date: Math.floor(Date.now() / 1000),
      ...(!marked && { entities: [] }),
      ...(inTopic && { threadId: 7 }),
      ...(senderChat !== undefined && { senderChat }),
    };
  };
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
      if (chat.type === 'channel') return textMessageUpdate(message(chat, undefined, text, chat));
      const anonymous = chat.type !== 'private' && rand() < 0.1;
      return textMessageUpdate(
        anonymous
          ? message(
              chat,
              { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' },
              text,
              chat,
            )
          : message(chat, from, text),
      );
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
      const base = { queryId: id, from, chatId: chat.id, data };
      if (shape < 0.05) return callbackQueryUpdate(base);
      if (shape < 0.1) return callbackQueryUpdate({ ...base, inlineMessageId: 'AAAA' });
      // Telegram only sends presses of buttons on messages that exist: without one, the press has no message.
      if (!target) return callbackQueryUpdate(base);
      return callbackQueryUpdate({
        ...base,
        message: {
          message_id: target.message_id,
          date: 0,
          chat,
          from: { id: options.bot.id, is_bot: true, first_name: options.bot.first_name },
          text: target.text,
          reply_markup: target.reply_markup,
        },
      });
    }
    const envelope = () => ({ chat, from, messageId: messageId++, date: 0 });
    // Built in this order, every time, so that a seed gives the same run.
    const others: NewUpdate[] = [
      editedMessageUpdate({ ...message(chat, from, commandText()), editDate: 1 }),
      memberStatusUpdate({
        kind: 'my_chat_member',
        chat,
        from,
        member: from,
        date: 0,
        oldStatus: 'member',
        newStatus: pick(['kicked', 'member', 'administrator', 'left']),
      }),
      memberStatusUpdate({
        kind: 'chat_member',
        chat,
        from,
        member: from,
        date: 0,
        oldStatus: 'member',
        newStatus: 'member',
      }),
      inlineQueryUpdate({ id: `iq${messageId}`, from, query: oddText() }),
      chosenInlineResultUpdate({ resultId: '1', from, query: 'x' }),
      pollUpdate({ id: '1', question: 'q' }),
      pollAnswerUpdate({ pollId: '1', user: from, optionIds: [0] }),
      chatJoinRequestUpdate({ chat, from, date: 0 }),
      reactionUpdate({ chat, messageId: 1, date: 0, emoji: '👍' }),
      shippingQueryUpdate({ id: '1', from, payload: 'x' }),
      preCheckoutQueryUpdate({ id: '1', from, currency: 'USD', totalAmount: 1, payload: 'x' }),
      stickerMessageUpdate({ ...envelope(), fileId: 's' }),
      photoMessageUpdate({ ...envelope(), fileId: 'p', caption: oddText() }),
      newMembersMessageUpdate({ ...envelope(), members: [from] }),
      documentMessageUpdate({ ...envelope(), document: pick(documents) }),
    ];
    return pick(others);
  }
  return { next, pressed };
}
