import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_UPDATES } from '../../src/bot/allowed-updates.js';
import {
  editedMessageUpdate,
  inlineQueryUpdate,
  memberStatusUpdate,
  textMessageUpdate,
} from '../../src/fake-telegram/update-builders.js';
import { group, privateChat, startTestBot, user, type TestBot } from '../support/harness.js';

/**
 * ALLOWED_UPDATES is what setWebhook asks Telegram for: every kind in it must make the bot act, and
 * the kinds left out must be ones the bot ignores (no Bot API call at all).
 */
let bot: TestBot;
const from = user({ id: 8801 });
const chat = privateChat(from);
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  bot = await startTestBot();
});

afterAll(async () => {
  await bot.stop();
});

/** Bot API calls (other than polling) made while the bot handled one update. */
async function callsFor(update: Parameters<TestBot['push']>[0]): Promise<string[]> {
  const before = bot.fake.calls.length;
  await bot.push(update);
  return bot.fake.calls
    .slice(before)
    .map((c) => c.method)
    .filter((m) => m !== 'getUpdates');
}

const help = () => ({ chat, from, text: '/help', messageId: 1, date: now() });

describe('ALLOWED_UPDATES', () => {
  it('lists message and callback_query, each of which the bot answers', async () => {
    expect(ALLOWED_UPDATES).toEqual(['message', 'callback_query']);
    expect(await callsFor(textMessageUpdate(help()))).toContain('sendMessage');
    const [sent] = await bot.send('/summary', { from });
    const pressed = bot.fake.pressButton({
      chat,
      from,
      messageId: sent!.message_id,
      data: 'not-a-known-button',
    });
    const before = bot.fake.calls.length;
    await bot.fake.waitHandled(pressed);
    expect(bot.fake.calls.slice(before).map((c) => c.method)).toContain('answerCallbackQuery');
  });

  it('leaves out kinds the bot ignores', async () => {
    const me = { id: bot.fake.bot.id, is_bot: true, first_name: 'M' };
    const ignored: Array<Parameters<TestBot['push']>[0]> = [
      editedMessageUpdate({ ...help(), editDate: now() }),
      textMessageUpdate({
        chat: { id: -100777, type: 'channel', title: 'C' },
        from: undefined,
        text: '/help',
        messageId: 2,
        date: now(),
        entities: [],
      }),
      inlineQueryUpdate({ id: 'q1', from, query: 'x' }),
      memberStatusUpdate({
        kind: 'my_chat_member',
        chat: group(-100778),
        from,
        member: me,
        date: now(),
        oldStatus: 'left',
        newStatus: 'member',
      }),
    ];
    for (const update of ignored) {
      const kind = Object.keys(update)[0]!;
      expect(ALLOWED_UPDATES as readonly string[]).not.toContain(kind);
      expect(await callsFor(update), kind).toEqual([]);
    }
  });
});
