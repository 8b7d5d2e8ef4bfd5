import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, type ButtonAction } from '../../src/bot/callback-data.js';

describe('callback data', () => {
  const actions: ButtonAction[] = [
    { kind: 'view', view: 'summary', lang: 'ar', page: 0, articleId: '2020-11-01-coalition-isis' },
    { kind: 'view', view: 'incidents', lang: 'en', page: 3, articleId: 'a' },
    { kind: 'view', view: 'source', lang: 'ar', page: 0, articleId: 'x'.repeat(48) },
    { kind: 'list', lang: 'en', page: 12 },
  ];

  it.each(actions)('round-trips %j within 64 bytes', (action) => {
    const data = encodeAction(action);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeAction(data)).toEqual(action);
  });

  it('refuses to encode data over 64 bytes', () => {
    expect(() =>
      encodeAction({ kind: 'view', view: 'figures', lang: 'ar', page: 0, articleId: 'x'.repeat(60) }),
    ).toThrow(/64 bytes/);
  });

  it.each([
    '',
    'v',
    'v:s:fr:0:a',
    'v:z:ar:0:a',
    'v:s:ar:-1:a',
    'v:s:ar:1.5:a',
    'v:s:ar:0:',
    'l:ar',
    'l:ar:x',
    'q:ar:0',
    'l:ar:0:extra',
  ])('rejects %j', (data) => expect(decodeAction(data)).toBeUndefined());
});
