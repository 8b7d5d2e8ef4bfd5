import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogue.js';
import { buttonsOf, startTestBot, user, type TestBot } from '../support/harness.js';

// A view button is answered and its message edited together: one answer per press, whatever the edit does.
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot.stop();
});

const en = catalogue('en');

/** A /summary reply in a chat of its own, and its Incidents button. */
async function summaryWithButton(id: number) {
  const from = user({ id, language_code: 'en' });
  const [summary] = await bot.send('/summary', { from });
  const incidents = buttonsOf(summary!).find((b) => b.text === en.buttons.incidents)!;
  return { from, summary: summary!, data: incidents.callback_data };
}

/** The calls made for the last button press in this chat, after `since` calls. */
function pressCalls(chatId: number, since: number) {
  const calls = bot.fake.calls.slice(since);
  return {
    edits: calls.filter((c) => c.method === 'editMessageText' && c.params.chat_id === chatId),
    answers: calls.filter((c) => c.method === 'answerCallbackQuery'),
  };
}

describe('a view button', () => {
  it('edits the message once and answers the press once, without an alert', async () => {
    const { from, summary, data } = await summaryWithButton(3101);
    const since = bot.fake.calls.length;
    const [edited] = await bot.press(summary.message_id, data, { from });
    // Now the incidents view: its buttons lead back to the summary.
    expect(buttonsOf(edited!).map((b) => b.text)).toContain(en.buttons.summary);
    expect(edited?.text).not.toBe(summary.text);
    const { edits, answers } = pressCalls(from.id, since);
    expect(edits.map((c) => c.ok)).toEqual([true]);
    expect(answers.map((c) => [c.ok, c.params.text])).toEqual([[true, undefined]]);
  });

  it('a 429 on the edit is waited out and the edit retried; the press is still answered once', async () => {
    const { from, summary, data } = await summaryWithButton(3102);
    bot.fake.inject(
      'editMessageText',
      { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
      { chatId: from.id },
    );
    const since = bot.fake.calls.length;
    expect(await bot.press(summary.message_id, data, { from })).toHaveLength(1);
    const { edits, answers } = pressCalls(from.id, since);
    expect(edits.map((c) => c.errorCode ?? 'ok')).toEqual([429, 'ok']);
    // Telegram's rule: nothing again before retry_after has run out.
    expect(edits[1]!.at - edits[0]!.at).toBeGreaterThanOrEqual(1_000);
    expect(answers.map((c) => c.ok)).toEqual([true]);
  });

  it('an edit Telegram refuses (the message is gone) leaves the one answer already sent, and is logged', async () => {
    const { from, summary, data } = await summaryWithButton(3103);
    bot.fake.inject(
      'editMessageText',
      { error_code: 400, description: 'Bad Request: message to edit not found' },
      { chatId: from.id },
    );
    const since = bot.fake.calls.length;
    expect(await bot.press(summary.message_id, data, { from })).toHaveLength(0);
    const { edits, answers } = pressCalls(from.id, since);
    expect(edits.map((c) => c.errorCode)).toEqual([400]);
    // The error's alert is not sent as a second answer: Telegram would refuse it.
    expect(answers.map((c) => c.ok)).toEqual([true]);
    expect(bot.logs.some((l) => l.includes('button on a message that can no longer be edited'))).toBe(true);
  });
});
