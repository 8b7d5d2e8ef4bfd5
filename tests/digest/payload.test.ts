import { describe, expect, it } from 'vitest';
import { DigestDeliveryPayload, DigestJobPayload } from '../../src/digest/payload.js';
import { readPayload, UnreadablePayloadError } from '../../src/delivery/payload.js';

describe('digest payloads', () => {
  it('reads a job of a version before /digest_now (no `scheduled`) as scheduled', () => {
    expect(DigestJobPayload.parse({ slot: 's', at: 5 })).toEqual({ slot: 's', at: 5, scheduled: true });
    expect(DigestJobPayload.parse({ slot: 's', at: 5, scheduled: false }).scheduled).toBe(false);
  });

  it('names where an unreadable payload goes wrong', () => {
    const bad = { chatType: 'private', lang: 'fr', briefingIds: ['a'] };
    expect(() => readPayload(DigestDeliveryPayload, bad, 'delivery')).toThrow(UnreadablePayloadError);
    try {
      readPayload(DigestDeliveryPayload, bad, 'delivery');
    } catch (err) {
      expect(err).toMatchObject({ scope: 'delivery', path: 'lang' });
    }
    expect(() => readPayload(DigestJobPayload, undefined, 'job')).toThrow(/job payload at \(root\)/);
  });
});
