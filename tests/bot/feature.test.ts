import { Composer, Context, Telegram } from 'telegraf';
import type { Update, UserFromGetMe } from 'telegraf/types';
import { describe, expect, it } from 'vitest';
import { commandName, Feature } from '../../src/bot/feature.js';
import { commandEntities } from '../../src/fake-telegram/update-builders.js';

const botInfo = { id: 1, is_bot: true, first_name: 'Mawjaz', username: 'MawjazBot' } as UserFromGetMe;
const telegram = new Telegram('123:feature-test');
const chat = { id: 5, type: 'private' as const, first_name: 'Reader' };
const from = { id: 5, is_bot: false, first_name: 'Reader' };

const text = (t: string, entities = commandEntities(t)): Update =>
  ({
    update_id: 1,
    message: { message_id: 1, date: 1, chat, from, text: t, ...(entities.length > 0 && { entities }) },
  }) as Update;
const press = (data: string): Update =>
  ({
    update_id: 2,
    callback_query: {
      id: 'q',
      from,
      chat_instance: '5',
      data,
      message: { message_id: 1, date: 1, chat, text: 'x' },
    },
  }) as Update;

/**
 * The same registrations on telegraf's Composer and on Feature, each handler writing what it saw:
 * commands (one falls through), a start and help, actions by pattern and by exact data, a generic
 * `on` that passes messages on, and a catch-all.
 */
function register<T extends Composer<Context>>(composer: T, seen: string[]): T {
  composer.use((_ctx, next) => {
    seen.push('first');
    return next();
  });
  composer.start((ctx) => void seen.push(`start:${ctx.payload}`));
  composer.help(() => void seen.push('help'));
  composer.command(
    'summary',
    (ctx) => void seen.push(`summary:${ctx.payload}:${ctx.command}:${ctx.args.join('|')}`),
  );
  composer.command(['figures', 'source'], (ctx, next) => {
    seen.push(`figures or source:${ctx.command}`);
    return next();
  });
  composer.command(/^inc/, (ctx) => void seen.push(`incidents:${ctx.match[0]}`));
  composer.action(/^v:(\w)/, (ctx) => void seen.push(`view:${ctx.match[1]}`));
  composer.action('exact', (ctx, next) => {
    seen.push(`exact:${ctx.match[0]}`);
    return next();
  });
  composer.on('message', (_ctx, next) => {
    seen.push('message');
    return next();
  });
  composer.use(() => void seen.push('catch-all'));
  return composer;
}

async function run(update: Update, make: (seen: string[]) => Composer<Context>): Promise<string[]> {
  const seen: string[] = [];
  await make(seen).middleware()(new Context(update, telegram, botInfo), async () => {
    seen.push('next');
  });
  return seen;
}

describe('Feature', () => {
  const updates: Array<[string, Update]> = [
    ['/summary', text('/summary')],
    ['/summary with an argument', text('/summary 2020-11-01-x  more')],
    ['/summary@ThisBot in any case', text('/summary@mawjazbot x')],
    ['/summary@OtherBot', text('/summary@OtherBot x')],
    ['/start with a payload', text('/start ref')],
    ['/help', text('/help')],
    ['/figures (falls through)', text('/figures')],
    ['/source (falls through)', text('/source')],
    ['/incidents (a pattern)', text('/incidents')],
    ['an unknown command', text('/frobnicate')],
    ['a command not at the start', text('see /summary', [{ type: 'bot_command', offset: 4, length: 8 }])],
    ['a command without its entity', text('/summary', [])],
    ['plain text', text('good morning')],
    ['a view button', press('v:s:en:0:x')],
    ['an exact button', press('exact')],
    ['an unknown button', press('zz')],
    ['a sticker', { update_id: 3, message: { message_id: 2, date: 1, chat, from, sticker: {} } } as Update],
  ];

  it.each(updates)(
    '%s: the same handlers, in the same order, with what they saw, as telegraf',
    async (_, update) => {
      const expected = await run(update, (seen) => register(new Composer<Context>(), seen));
      expect(expected.length).toBeGreaterThan(0);
      expect(await run(update, (seen) => register(new Feature<Context>(), seen))).toEqual(expected);
    },
  );

  it('refuses a second next() as telegraf does, and a throwing handler rejects', async () => {
    const twice = new Feature<Context>().use(async (_ctx, next) => {
      await next();
      await next();
    });
    await expect(
      twice.middleware()(new Context(text('x'), telegram, botInfo), async () => {}),
    ).rejects.toThrow('next() called multiple times');
    const throwing = new Feature<Context>().use(() => {
      throw new Error('boom');
    });
    await expect(
      throwing.middleware()(new Context(text('x'), telegram, botInfo), async () => {}),
    ).rejects.toThrow('boom');
  });

  it('nests: a feature registered in another is one step of it', async () => {
    const seen: string[] = [];
    const inner = new Feature<Context>().command('summary', () => void seen.push('inner summary'));
    const outer = new Feature<Context>().use(inner, () => void seen.push('after inner'));
    await outer.middleware()(new Context(text('/summary'), telegram, botInfo), async () => {});
    await outer.middleware()(new Context(text('/help'), telegram, botInfo), async () => {});
    expect(seen).toEqual(['inner summary', 'after inner']);
  });
});

describe('commandName', () => {
  it('is the command a text message starts with, without its addressee', () => {
    expect(commandName(text('/summary x'))).toBe('summary');
    expect(commandName(text('/summary@Bot x'))).toBe('summary');
    expect(commandName(text('hello'))).toBeUndefined();
    expect(commandName(press('v:s'))).toBeUndefined();
  });
});
