import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { dialects, manualClock, tempDatabase, storeOptions } from './helpers.js';

describe.each(dialects)('%s', (dialect) => {
  describe('broadcast previews and audit log', () => {
    let tmp: Awaited<ReturnType<typeof tempDatabase>>;
    beforeEach(async () => {
      tmp = await tempDatabase(dialect);
    });
    afterEach(() => tmp.cleanup());

    it('keeps a preview across a restart, and settles it once', async () => {
      const clock = manualClock();
      const before = await openStore(storeOptions(tmp.location, clock.now));
      const html = await before.previews.create({
        adminId: 1,
        chatId: 1,
        content: { kind: 'html', html: '<b>خبر</b>' },
        audienceSize: 1200,
      });
      const copy = await before.previews.create({
        adminId: 1,
        chatId: 1,
        content: { kind: 'copy', fromChatId: 1, messageId: 55 },
        audienceSize: 3,
      });
      expect(html).toMatchObject({ state: 'pending', createdAt: clock.now(), audienceSize: 1200 });
      expect(copy.id).not.toBe(html.id);
      await before.close();

      const after = await openStore(storeOptions(tmp.location, clock.now));
      expect(await after.previews.get(html.id)).toEqual(html);
      expect(await after.previews.settle(html.id, 'confirmed')).toBe(true);
      expect(await after.previews.settle(html.id, 'confirmed')).toBe(false);
      expect(await after.previews.settle(html.id, 'cancelled')).toBe(false);
      expect(await after.previews.settle(copy.id, 'cancelled')).toBe(true);
      expect((await after.previews.get(html.id))?.state).toBe('confirmed');
      expect(await after.previews.get(999)).toBeNull();
      await after.close();
    });

    it('records audit entries with the clock time, newest first', async () => {
      const clock = manualClock();
      const store = await openStore(storeOptions(tmp.location, clock.now));
      await store.audit.record({ adminId: 1, action: 'broadcast.confirm', details: { previewId: 3 } });
      clock.advance(5);
      await store.audit.record({ adminId: 2, action: 'stats' });
      expect(
        (await store.audit.recent(10)).map(({ at, adminId, action, details }) => ({
          at,
          adminId,
          action,
          details,
        })),
      ).toEqual([
        { at: clock.now(), adminId: 2, action: 'stats', details: null },
        { at: clock.now() - 5, adminId: 1, action: 'broadcast.confirm', details: { previewId: 3 } },
      ]);
      await store.close();
    });
  });
});
