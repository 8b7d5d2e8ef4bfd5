import type { Language } from '../content/schema.js';
import type { Chat, ChatStore } from '../store/store.js';

/**
 * Subscribes a chat. A chat with no saved language keeps the one its commands are answered in (the
 * subscriber's Telegram language, else the default), so that its digests come in that language too.
 */
export async function subscribeChat(
  chats: ChatStore,
  chat: Chat,
  threadId: number | null,
  lang: Language,
): Promise<void> {
  await chats.subscribe(chat.id, threadId);
  if (chat.language === null) await chats.setLanguage(chat.id, lang);
}
