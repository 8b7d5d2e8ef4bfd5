import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chat } from 'telegraf/types';
import { decodeAction, encodeAction, type ButtonAction } from '../../src/bot/callback-data.js';
import { enabledSlots, withSlot } from '../../src/bot/slot-choice.js';
import { catalogue } from '../../src/i18n/catalogue.js';
import { describeSchedule } from '../../src/digest/describe-schedule.js';
import { migrationMessageUpdate, textMessageUpdate } from '../../src/fake-telegram/update-builders.js';
import { buttonsOf, group, startTestBot, user, type TestBot } from '../support/harness.js';

let bot: TestBot;
beforeAll(async () => {
  // Slot names come from the schedule; a 1 January date keeps it from firing during the test.
  bot = await startTestBot({ DIGEST_SCHEDULE: '0 8 1 1 *;0 20 1 1 *' });
});
afterAll(async () => {
  await bot.stop();
});

function only<T>(messages: T[]): T {
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

const en = catalogue('en');
const ar = catalogue('ar');
const chatOf = (id: number) => bot.app.store.chats.get(id);
const lastAlert = () => bot.fake.answeredCallbacks.at(-1)?.text;
/** GroupAnonymousBot: the sender Telegram shows for an admin posting as the group. */
const ANONYMOUS_ADMIN = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };

describe('/subscribe and /unsubscribe in a private chat', () => {
  const from = user({ id: 1101, language_code: 'en' });

  it('subscribes, says so, and says so again without error', async () => {
    const first = only(await bot.send('/subscribe', { from }));
    expect(first.text).toMatch(/^Subscribed/);
    expect(first.text).toContain('08:00');
    expect(await chatOf(from.id)).toMatchObject({ subscribed: true, threadId: null });
    const again = only(await bot.send('/subscribe', { from }));
    expect(again.text).toBe(en.subscriptions.alreadySubscribed('chat'));
    expect((await chatOf(from.id))?.subscribed).toBe(true);
  });

  it('unsubscribes, and says when there is nothing to unsubscribe', async () => {
    expect(only(await bot.send('/unsubscribe', { from })).text).toBe(en.subscriptions.unsubscribed);
    expect((await chatOf(from.id))?.subscribed).toBe(false);
    expect(only(await bot.send('/unsubscribe', { from })).text).toBe(en.subscriptions.notSubscribed);
  });

  it('answers in Arabic for an Arabic user', async () => {
    const reply = only(await bot.send('/subscribe', { from: user({ id: 1102, language_code: 'ar' }) }));
    expect(reply.text).toMatch(/^تم الاشتراك/);
  });
});

describe('/subscribe in groups', () => {
  it('refuses a plain member politely and changes nothing', async () => {
    const chat = group(-100200001);
    const reply = only(await bot.send('/subscribe', { chat, from: user({ id: 1201, language_code: 'en' }) }));
    expect(reply.text).toBe(en.subscriptions.adminsOnly);
    expect((await chatOf(chat.id))?.subscribed).toBe(false);
  });

  it.each(['administrator', 'creator'] as const)('lets the %s subscribe and unsubscribe', async (status) => {
    const chat = group(status === 'creator' ? -100200002 : -100200003);
    const from = user({ id: 1202, language_code: 'en' });
    bot.fake.setChatMember(chat.id, from.id, status);
    expect(only(await bot.send('/subscribe', { chat, from })).text).toMatch(/^Subscribed/);
    expect(await chatOf(chat.id)).toMatchObject({ subscribed: true, threadId: null });
    expect(only(await bot.send(`/unsubscribe@${bot.fake.bot.username}`, { chat, from })).text).toBe(
      en.subscriptions.unsubscribed,
    );
    expect((await chatOf(chat.id))?.subscribed).toBe(false);
  });

  it('lets an anonymous admin (posting as the group) subscribe', async () => {
    const chat = group(-100200004);
    await bot.push(
      textMessageUpdate({
        chat,
        from: ANONYMOUS_ADMIN,
        senderChat: { id: chat.id, type: 'supergroup', title: chat.title },
        text: '/subscribe',
        messageId: 50,
        date: 0,
      }),
    );
    expect((await chatOf(chat.id))?.subscribed).toBe(true);
  });

  it('does not take a message sent as another channel for an admin', async () => {
    const chat = group(-100200005);
    await bot.push(
      textMessageUpdate({
        chat,
        from: { id: 136817688, is_bot: true, first_name: 'Channel', username: 'Channel_Bot' },
        senderChat: { id: -100999, type: 'channel', title: 'Elsewhere' },
        text: '/subscribe',
        messageId: 51,
        date: 0,
      }),
    );
    expect((await chatOf(chat.id))?.subscribed).toBe(false);
  });

  it('inside a forum topic, subscribes that topic and answers there; moving to another topic says so', async () => {
    const chat: Chat.SupergroupChat = { ...group(-100200006), is_forum: true };
    const from = user({ id: 1203, language_code: 'en' });
    bot.fake.setChatMember(chat.id, from.id, 'administrator');
    await bot.fake.waitHandled(bot.fake.sendText({ chat, from, text: '/subscribe', threadId: 42 }));
    expect(await chatOf(chat.id)).toMatchObject({ subscribed: true, threadId: 42 });
    const confirmation = bot.fake.messages(chat.id).at(-1)!;
    expect(confirmation.thread_id).toBe(42);
    expect(confirmation.text).toContain('in this topic');

    await bot.fake.waitHandled(bot.fake.sendText({ chat, from, text: '/subscribe', threadId: 42 }));
    expect(bot.fake.messages(chat.id).at(-1)!.text).toBe(en.subscriptions.alreadySubscribed('topic'));

    await bot.fake.waitHandled(bot.fake.sendText({ chat, from, text: '/subscribe', threadId: 77 }));
    expect(await chatOf(chat.id)).toMatchObject({ subscribed: true, threadId: 77 });
    expect(bot.fake.messages(chat.id).at(-1)!.text).toBe(en.subscriptions.moved('topic'));
  });
});

describe('/settings', () => {
  const from = user({ id: 1301, language_code: 'en' });
  const press = async (
    messageId: number,
    data: string,
    options: Parameters<TestBot['press']>[2] = { from },
  ) => bot.press(messageId, data, options);
  const button = (message: { reply_markup?: unknown }, text: string) => {
    const found = buttonsOf(message).find((b) => b.text === text);
    expect(found, `button ${text}`).toBeDefined();
    return found!.callback_data;
  };

  it('shows the settings with a button for each, all within 64 bytes', async () => {
    const reply = only(await bot.send('/settings', { from }));
    expect(reply.text).toContain('Language: English');
    expect(reply.text).toContain(en.settings.subscription(null));
    expect(reply.text).toContain('08:00');
    expect(reply.text).toContain(en.settings.filters([]));
    const texts = buttonsOf(reply).map((b) => b.text);
    expect(texts).toEqual(['Subscribe', 'العربية', '✅ 08:00', '✅ 20:00']);
    for (const b of buttonsOf(reply)) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
  });

  it('buttons change the store and edit the message in place', async () => {
    const settings = only(await bot.send('/settings', { from }));

    const subscribed = only(await press(settings.message_id, button(settings, 'Subscribe')));
    expect(subscribed.message_id).toBe(settings.message_id);
    expect(subscribed.edits).toBeGreaterThanOrEqual(1);
    expect(subscribed.text).toContain(en.settings.subscription('chat'));
    expect(await chatOf(from.id)).toMatchObject({ subscribed: true, threadId: null });

    const evening = only(await press(settings.message_id, button(subscribed, '✅ 20:00')));
    expect((await chatOf(from.id))?.slots).toEqual(['08:00']);
    expect(buttonsOf(evening).map((b) => b.text)).toContain('⬜ 20:00');

    // Switching off the last time would stop the digests: an alert instead.
    expect(await press(settings.message_id, button(evening, '✅ 08:00'))).toHaveLength(0);
    expect(lastAlert()).toBe(en.settings.lastSlot);
    expect((await chatOf(from.id))?.slots).toEqual(['08:00']);

    const both = only(await press(settings.message_id, button(evening, '⬜ 20:00')));
    expect((await chatOf(from.id))?.slots).toBeNull();

    const unsubscribed = only(await press(settings.message_id, button(both, 'Unsubscribe')));
    expect((await chatOf(from.id))?.subscribed).toBe(false);

    const arabic = only(await press(settings.message_id, button(unsubscribed, 'العربية')));
    expect((await chatOf(from.id))?.language).toBe('ar');
    expect(arabic.text).toContain(ar.settings.heading);
    expect(buttonsOf(arabic).map((b) => b.text)).toContain('English');
  });

  it('a double tap changes nothing more', async () => {
    const tapper = user({ id: 1302, language_code: 'en' });
    const settings = only(await bot.send('/settings', { from: tapper }));
    const subscribe = button(settings, 'Subscribe');
    await press(settings.message_id, subscribe, { from: tapper });
    expect(await press(settings.message_id, subscribe, { from: tapper })).toHaveLength(0);
    expect((await chatOf(tapper.id))?.subscribed).toBe(true);
  });

  it('clears the filters with one button', async () => {
    const follower = user({ id: 1303, language_code: 'en' });
    await bot.send('/follow kirkuk', { from: follower });
    const settings = only(await bot.send('/settings', { from: follower }));
    expect(settings.text).toContain('Following: Kirkuk');
    const cleared = only(
      await press(settings.message_id, button(settings, en.settings.buttons.clearFilters), {
        from: follower,
      }),
    );
    expect((await chatOf(follower.id))?.filters).toEqual([]);
    expect(cleared.text).toContain(en.settings.filters([]));
  });

  it('in a group, a member may look but a press gets an alert and changes nothing', async () => {
    const chat = group(-100200007);
    const member = user({ id: 1304, language_code: 'en' });
    const settings = only(await bot.send('/settings', { chat, from: member }));
    expect(
      await press(settings.message_id, button(settings, 'Subscribe'), { chat, from: member }),
    ).toHaveLength(0);
    expect(lastAlert()).toBe(en.subscriptions.adminsOnly);
    expect((await chatOf(chat.id))?.subscribed).toBe(false);

    const admin = user({ id: 1305, language_code: 'en' });
    bot.fake.setChatMember(chat.id, admin.id, 'administrator');
    await press(settings.message_id, button(settings, 'Subscribe'), { chat, from: admin });
    expect((await chatOf(chat.id))?.subscribed).toBe(true);
  });

  it('a forged settings button gets an alert', async () => {
    const forger = user({ id: 1306, language_code: 'en' });
    const settings = only(await bot.send('/settings', { from: forger }));
    expect(await press(settings.message_id, 'st:frobnicate', { from: forger })).toHaveLength(0);
    expect(lastAlert()).toBe(en.buttonExpired);
  });
});

describe('/follow and /unfollow', () => {
  it('kirkuk, كركوك and Ninawa name governorates: the same key whatever the script', async () => {
    const latin = user({ id: 1401, language_code: 'en' });
    const arabic = user({ id: 1402, language_code: 'ar' });
    const reply = only(await bot.send('/follow kirkuk', { from: latin }));
    expect(reply.text).toContain('Following Kirkuk');
    expect(reply.text).toContain(en.subscriptions.subscribeHint);
    expect(only(await bot.send('/follow كركوك', { from: arabic })).text).toContain('كركوك');
    expect((await chatOf(latin.id))?.filters).toEqual(['gov:iq-kirkuk']);
    expect((await chatOf(arabic.id))?.filters).toEqual(['gov:iq-kirkuk']);
    await bot.send('/follow Ninawa', { from: latin });
    expect((await chatOf(latin.id))?.filters).toEqual(['gov:iq-kirkuk', 'gov:iq-nineveh']);
    expect(only(await bot.send('/follow Kirkuk', { from: latin })).text).toBe(
      en.subscriptions.alreadyFollowing('Kirkuk'),
    );
  });

  it('a tag of a loaded briefing is followed as a tag', async () => {
    const from = user({ id: 1403, language_code: 'en' });
    await bot.send('/subscribe', { from });
    const reply = only(await bot.send('/follow isis', { from }));
    expect(reply.text).not.toContain(en.subscriptions.subscribeHint);
    expect((await chatOf(from.id))?.filters).toEqual(['tag:isis']);
  });

  it('an unknown name gets examples of what can be followed', async () => {
    const from = user({ id: 1404, language_code: 'en' });
    const reply = only(await bot.send('/follow atlantis', { from }));
    expect(reply.text).toContain('atlantis');
    expect(reply.text).toContain('Kirkuk');
    expect(reply.text).toContain('isis');
    expect((await chatOf(from.id))?.filters).toEqual([]);
    const huge = only(await bot.send(`/follow ${'x'.repeat(3000)}`, { from }));
    expect(huge.text.length).toBeLessThan(1000);
  });

  it('without a name: the usage and the current filters', async () => {
    const from = user({ id: 1405, language_code: 'en' });
    await bot.send('/follow anbar', { from });
    const usage = only(await bot.send('/follow', { from }));
    expect(usage.text).toContain('/follow');
    expect(usage.text).toContain('You follow: Anbar');
    expect(only(await bot.send('/unfollow', { from })).text).toContain('Anbar');
  });

  it('/unfollow drops a filter by any of its names, and says when it was not followed', async () => {
    const from = user({ id: 1406, language_code: 'en' });
    await bot.send('/follow kirkuk', { from });
    await bot.send('/follow isis', { from });
    const reply = only(await bot.send('/unfollow كركوك', { from }));
    expect(reply.text).toContain('Stopped following Kirkuk');
    expect((await chatOf(from.id))?.filters).toEqual(['tag:isis']);
    expect(only(await bot.send('/unfollow Anbar', { from })).text).toBe(
      en.subscriptions.notFollowing('Anbar'),
    );
    await bot.send('/unfollow #isis', { from });
    expect((await chatOf(from.id))?.filters).toEqual([]);
  });

  it('in a group only admins may change what is followed', async () => {
    const chat = group(-100200008);
    const member = user({ id: 1407, language_code: 'en' });
    expect(only(await bot.send('/follow kirkuk', { chat, from: member })).text).toBe(
      en.subscriptions.adminsOnly,
    );
    expect((await chatOf(chat.id))?.filters).toEqual([]);
    bot.fake.setChatMember(chat.id, member.id, 'administrator');
    await bot.send('/follow kirkuk', { chat, from: member });
    expect((await chatOf(chat.id))?.filters).toEqual(['gov:iq-kirkuk']);
  });
});

describe('group → supergroup migration', () => {
  it('keeps the subscription under the new id, silently', async () => {
    const old: Chat.GroupChat = { id: -4001, type: 'group', title: 'Old newsroom' };
    const newId = -1004001;
    const admin = user({ id: 1501, language_code: 'en' });
    bot.fake.setChatMember(old.id, admin.id, 'administrator');
    await bot.send('/subscribe', { chat: old, from: admin });
    await bot.send('/follow kirkuk', { chat: old, from: admin });
    const repliesBefore = bot.fake.messages(old.id).length;

    await bot.push(
      migrationMessageUpdate({ chat: old, from: admin, messageId: 900, date: 0, migrateToChatId: newId }),
    );

    expect(await chatOf(old.id)).toBeNull();
    expect(await chatOf(newId)).toMatchObject({
      subscribed: true,
      type: 'supergroup',
      filters: ['gov:iq-kirkuk'],
    });
    expect(bot.fake.messages(old.id)).toHaveLength(repliesBefore);
  });
});

describe('settings buttons and slot choices (pure)', () => {
  const actions: ButtonAction[] = [
    { kind: 'settings', change: { field: 'subscribed', on: true } },
    { kind: 'settings', change: { field: 'subscribed', on: false } },
    { kind: 'settings', change: { field: 'language', lang: 'en' } },
    { kind: 'settings', change: { field: 'slot', slot: '08:00', on: false } },
    { kind: 'settings', change: { field: 'slot', slot: 'x'.repeat(50), on: true } },
    { kind: 'settings', change: { field: 'clearFilters' } },
  ];

  it.each(actions)('round-trips %j within 64 bytes', (action) => {
    const data = encodeAction(action);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeAction(data)).toEqual(action);
  });

  it.each([
    'st',
    'st:',
    'st:sub',
    'st:sub:2',
    'st:sub:1:x',
    'st:lang:fr',
    'st:slot:1',
    'st:slot:1:',
    'st:slot:yes:08:00',
    'st:clear:1',
  ])('rejects %j', (data) => expect(decodeAction(data)).toBeUndefined());

  it('refuses a slot name that would overflow the callback data', () => {
    expect(() =>
      encodeAction({ kind: 'settings', change: { field: 'slot', slot: 'x'.repeat(60), on: true } }),
    ).toThrow(/64 bytes/);
  });

  const slots = ['08:00', '14:00', '20:00'];
  it.each([
    [null, '14:00', false, ['08:00', '20:00']],
    [['08:00'], '20:00', true, ['08:00', '20:00']],
    [['08:00', '20:00'], '14:00', true, null],
    [['08:00'], '08:00', false, []],
    [['08:00', 'gone'], '14:00', true, ['08:00', '14:00']],
    [null, '08:00', true, null],
  ] as const)('withSlot(%j, %s, %s) → %j', (chosen, slot, on, expected) => {
    expect(withSlot(chosen, slots, slot, on)).toEqual(expected);
  });

  it('enabledSlots keeps configured order and drops stale names', () => {
    expect(enabledSlots(null, slots)).toEqual(slots);
    expect(enabledSlots(['20:00', 'gone', '08:00'], slots)).toEqual(['08:00', '20:00']);
  });
});

describe('subscription and settings texts', () => {
  const outsideIsolates = (s: string) => s.replace(/[\u2066-\u2068][^\u2066-\u2069]*\u2069/g, '');
  const sched = (t: ReturnType<typeof catalogue>, expressions: string[]) =>
    t.schedule(describeSchedule(expressions), 'Asia/Baghdad');
  const samples = (lang: 'ar' | 'en') => {
    const t = catalogue(lang);
    const [s, st] = [t.subscriptions, t.settings];
    const names = lang === 'ar' ? ['كركوك', 'isis'] : ['Kirkuk', 'isis'];
    return [
      s.adminsOnly,
      s.unsubscribed,
      s.notSubscribed,
      s.subscribeHint,
      st.heading,
      st.lastSlot,
      s.subscribed('chat', sched(t, ['0 8 * * *', '0 20 * * *'])),
      s.subscribed('topic', sched(t, ['30 7 * * 1-5'])),
      s.alreadySubscribed('topic'),
      s.moved('chat'),
      s.followUsage([]),
      s.followUsage(names),
      s.unfollowUsage([]),
      s.unfollowUsage(names),
      s.nowFollowing(names[0]!, names),
      s.nowFollowing(names[0]!, []),
      s.alreadyFollowing(names[1]!),
      s.unfollowed(names[0]!, []),
      s.notFollowing(names[0]!),
      s.tooManyFilters(20),
      s.unknownTarget('atlantis', names, ['isis', 'coalition']),
      s.unknownTarget('تمبكتو', names, []),
      st.language(t.languageName),
      st.subscription(null),
      st.subscription('chat'),
      st.subscription('topic'),
      st.slots(sched(t, ['0 */6 * * *'])),
      st.slots(sched(t, ['0 9 1 * *'])),
      st.filters([]),
      st.filters(names),
      st.buttons.subscribe,
      st.buttons.unsubscribe,
      st.buttons.clearFilters,
      st.buttons.slot('08:00', true),
    ];
  };

  it('Arabic texts keep Latin runs (commands, tags, echoed input) isolated', () => {
    expect(samples('ar').filter((text) => /[A-Za-z]/.test(outsideIsolates(text)))).toEqual([]);
  });

  it('English texts keep Arabic runs isolated', () => {
    expect(samples('en').filter((text) => /\p{Script=Arabic}/u.test(outsideIsolates(text)))).toEqual([]);
  });

  it('no text is empty or padded', () => {
    for (const text of [...samples('ar'), ...samples('en')]) expect(text.trim()).toBe(text);
  });
});
