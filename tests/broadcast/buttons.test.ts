import { describe, expect, it } from 'vitest';
import {
  decodeBroadcastButton,
  encodeBroadcastButton,
  type BroadcastButton,
} from '../../src/broadcast/buttons.js';

describe('broadcast buttons', () => {
  const buttons: BroadcastButton[] = [
    { action: 'confirm', previewId: 1, includeChannels: false },
    { action: 'confirm', previewId: 999_999_999_999_999, includeChannels: true },
    { action: 'channels', previewId: 42, includeChannels: true },
    { action: 'plain', previewId: 7 },
    { action: 'cancel', previewId: 7 },
  ];

  it.each(buttons)('round-trips %o within 64 bytes', (button) => {
    const data = encodeBroadcastButton(button);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeBroadcastButton(data)).toEqual(button);
  });

  it.each([
    'bc:ok:1',
    'bc:ok:1:2',
    'bc:no:1:1',
    'bc:xx:1',
    'bc:ok:0:1',
    'bc:ok:-1:1',
    'bc:ok:abc:1',
    'st:sub:1',
    'bc:pl:01',
  ])('rejects forged or foreign data %s', (data) => {
    expect(decodeBroadcastButton(data)).toBeUndefined();
  });
});
