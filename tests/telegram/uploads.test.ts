import { describe, expect, it } from 'vitest';
import { carriesUpload } from '../../src/telegram/uploads.js';

describe('carriesUpload: multipart only where a file goes up', () => {
  it.each([
    ['a text message', { chat_id: 1, text: 'hi', parse_mode: 'HTML' }, false],
    ['a photo by file_id', { chat_id: 1, photo: 'AgACAgIAAxkBAAI' }, false],
    ['a photo by URL string', { chat_id: 1, photo: 'https://example.org/map.png' }, false],
    ['a photo from a Buffer', { chat_id: 1, photo: { source: Buffer.from('png') } }, true],
    ['a photo from a path', { chat_id: 1, photo: { source: '/tmp/map.png' } }, true],
    ['a photo telegraf fetches', { chat_id: 1, photo: { url: 'https://example.org/a.png' } }, true],
    [
      'an album with one upload',
      {
        chat_id: 1,
        media: [
          { type: 'photo', media: 'id' },
          { type: 'photo', media: { source: Buffer.from('x') } },
        ],
      },
      true,
    ],
    [
      'an album of file_ids',
      {
        chat_id: 1,
        media: [
          { type: 'photo', media: 'a' },
          { type: 'photo', media: 'b' },
        ],
      },
      false,
    ],
    [
      'a media edit with an upload',
      { chat_id: 1, message_id: 2, media: { type: 'photo', media: { source: Buffer.from('x') } } },
      true,
    ],
    [
      'a link preview url',
      { chat_id: 1, text: 'x', link_preview_options: { url: 'https://example.org' } },
      false,
    ],
    [
      'url buttons',
      {
        chat_id: 1,
        text: 'x',
        reply_markup: { inline_keyboard: [[{ text: 'map', url: 'https://example.org' }]] },
      },
      false,
    ],
    [
      'nulls and empties',
      { chat_id: 1, text: 'x', message_thread_id: undefined, reply_markup: null, photo: { source: '' } },
      false,
    ],
  ])('%s', (_name, payload, expected) => {
    expect(carriesUpload(payload)).toBe(expected);
  });
});
