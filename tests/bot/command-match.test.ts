import { describe, expect, it } from 'vitest';
import type { Message } from 'telegraf/types';
import { commandForBot, leadingCommand } from '../../src/bot/command-match.js';

/** A text message whose first entity is a bot command of the given length, as Telegram marks it. */
function message(text: string, commandLength?: number, offset = 0): Message {
  return {
    message_id: 1,
    date: 0,
    chat: { id: 1, type: 'private', first_name: 'A' },
    text,
    ...(commandLength !== undefined && {
      entities: [{ type: 'bot_command', offset, length: commandLength }],
    }),
  } as Message;
}

describe('commandForBot', () => {
  it.each([
    ['/stats', 6, { command: 'stats', addressed: false }],
    ['/stats@MawjazBot', 16, { command: 'stats', addressed: true }],
    ['/stats@mawjazbot now', 16, { command: 'stats', addressed: true }],
    ['/stats@MAWJAZBOT', 16, { command: 'stats', addressed: true }],
    ['/Stats', 6, { command: 'Stats', addressed: false }],
  ])('%s is for @MawjazBot', (text, length, expected) => {
    expect(commandForBot(message(text, length), 'MawjazBot')).toEqual(expected);
  });

  it.each([
    ['/stats@OtherBot', 15],
    ['/stats@MawjazBot2', 17],
  ])('%s is for another bot', (text, length) => {
    expect(commandForBot(message(text, length), 'MawjazBot')).toBeUndefined();
  });

  it('is undefined for text without a leading command', () => {
    expect(commandForBot(message('hello /stats'), 'MawjazBot')).toBeUndefined();
    expect(commandForBot(message('hi /stats', 6, 3), 'MawjazBot')).toBeUndefined();
  });
});

describe('leadingCommand', () => {
  it('names the addressee whatever bot it is', () => {
    expect(leadingCommand(message('/help@OtherBot', 14))).toEqual({ command: 'help', addressee: 'OtherBot' });
    expect(leadingCommand(message('/help', 5))).toEqual({ command: 'help' });
  });

  it('ignores a message without text', () => {
    const photo = { message_id: 1, date: 0, chat: { id: 1, type: 'private', first_name: 'A' }, photo: [] };
    expect(leadingCommand(photo as Message)).toBeUndefined();
  });
});
