import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOT_BUTTONS, botButtons } from '../../src/bot/callback-data.js';
import { BROADCAST_BUTTONS, broadcastButtons } from '../../src/broadcast/buttons.js';
import { MAX_CALLBACK_BYTES } from '../../src/telegram/callback-codec.js';

/** Every codec of the bot's buttons, with the kinds it declares. */
const codecs = [
  { name: 'bot', codec: botButtons, kinds: Object.keys(BOT_BUTTONS) },
  { name: 'broadcast', codec: broadcastButtons, kinds: Object.keys(BROADCAST_BUTTONS) },
] as const;

describe.each(codecs)('$name buttons', ({ codec, kinds }) => {
  const largest: Array<{ kind: string }> = codec.largest();

  it('enumerates every kind at its largest', () => {
    expect(largest.map((b) => b.kind)).toEqual(kinds);
  });

  it.each(largest)('$kind fits 64 bytes at its largest and decodes to itself', (button) => {
    const data = codec.encode(button as never);
    expect(Buffer.byteLength(data, 'utf8')).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
    expect(codec.decode(data)).toEqual(button);
  });

  it('decodes foreign or mutated data to unknown, never throwing; what it decodes is what it would write', () => {
    const written = largest.map((b) => codec.encode(b as never));
    const mutated = fc
      .tuple(fc.constantFrom(...written), fc.nat(), fc.string({ maxLength: 3 }), fc.nat({ max: 3 }))
      .map(([data, at, insert, cut]) => {
        const i = at % (data.length + 1);
        return data.slice(0, i) + insert + data.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ maxLength: 70 }), fc.string({ unit: 'binary' })), (data) => {
        const button = codec.decode(data);
        if (button !== undefined) expect(codec.encode(button as never)).toBe(data);
      }),
    );
  });
});

describe('callback data across codecs', () => {
  it('no tag starts another codec’s or kind’s data', () => {
    const tags = codecs.flatMap(({ codec }) => codec.tags);
    expect(new Set(tags).size).toBe(tags.length);
    for (const a of tags)
      for (const b of tags) if (a !== b) expect(`${b}:`.startsWith(`${a}:`), `${a} / ${b}`).toBe(false);
  });

  it('reads the buttons already on users’ messages, written before this codec', () => {
    expect(botButtons.decode('v:i:en:3:2020-11-01-coalition-isis')).toEqual({
      kind: 'view',
      view: 'incidents',
      lang: 'en',
      page: 3,
      articleId: '2020-11-01-coalition-isis',
    });
    expect(botButtons.decode('l:ar:12')).toEqual({ kind: 'list', lang: 'ar', page: 12 });
    expect(botButtons.decode('st:slot:0:08:00')).toEqual({ kind: 'slot', on: false, slot: '08:00' });
    expect(botButtons.decode('st:clear')).toEqual({ kind: 'clearFilters' });
    expect(botButtons.decode('m:ar:a-b')).toEqual({ kind: 'map', lang: 'ar', articleId: 'a-b' });
    expect(botButtons.decode('dr:p:2026-01-02-x')).toEqual({
      kind: 'draft',
      action: 'publish',
      draftId: '2026-01-02-x',
    });
    expect(broadcastButtons.decode('bc:ch:42:1')).toEqual({
      kind: 'channels',
      previewId: 42,
      includeChannels: true,
    });
  });

  it('refuses to write what would not fit or not read back', () => {
    expect(() => botButtons.encode({ kind: 'map', lang: 'en', articleId: 'x'.repeat(70) })).toThrow(
      /64 bytes/,
    );
    expect(() => botButtons.encode({ kind: 'map', lang: 'en', articleId: 'Not:A-Slug' })).toThrow(
      /not decode/,
    );
  });
});
