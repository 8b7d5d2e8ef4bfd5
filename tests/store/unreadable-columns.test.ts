import { describe, expect, it } from 'vitest';
import { writeRaw } from '../support/raw-sql.js';
import { dialects, openTestStore } from './helpers.js';

describe.each(dialects)('JSON columns the store reads (%s)', (dialect) => {
  it('refuses a chat whose filters no longer parse, naming the column and the chat', async () => {
    const { store, location } = await openTestStore(dialect);
    await store.chats.seen({ id: 7, type: 'private', title: null });
    await writeRaw(location, 'UPDATE chats SET filters = $1 WHERE id = $2', ['[1, "kirkuk"]', 7]);
    await expect(store.chats.get(7)).rejects.toThrow('unreadable filters of chat 7 at 0');
  });

  it('refuses a preview whose content no longer parses', async () => {
    const { store, location } = await openTestStore(dialect);
    const preview = await store.previews.create({
      adminId: 1,
      chatId: 1,
      content: { kind: 'html', html: 'hi' },
      audienceSize: 1,
    });
    await writeRaw(location, 'UPDATE broadcast_previews SET content = $1 WHERE id = $2', [
      '{"kind":"copy","fromChatId":1}',
      preview.id,
    ]);
    await expect(store.previews.get(preview.id)).rejects.toThrow(
      `unreadable content of preview ${preview.id} at messageId`,
    );
  });
});
