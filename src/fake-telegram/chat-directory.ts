import type { Chat } from 'telegraf/types';
import type { MemberStatus } from './types.js';

/** Supergroup and channel ids are below -1e12 ("-100…"); other negative ids are basic groups. */
const SUPERGROUP_ID_BELOW = -1_000_000_000_000;

/** A plausible chat for an id nobody introduced, so bots may write to any chat id. */
export function inventChat(chatId: number): Chat {
  if (chatId > 0) return { id: chatId, type: 'private', first_name: `User ${chatId}` };
  if (chatId < SUPERGROUP_ID_BELOW) return { id: chatId, type: 'supergroup', title: `Supergroup ${chatId}` };
  return { id: chatId, type: 'group', title: `Group ${chatId}` };
}

/** Chats the fake has seen, members' statuses and chats that blocked the bot. */
export class ChatDirectory {
  private readonly chats = new Map<number, Chat>();
  private readonly members = new Map<string, MemberStatus>();
  private readonly blocked = new Set<number>();

  remember(chat: Chat): void {
    this.chats.set(chat.id, chat);
  }

  chat(chatId: number): Chat {
    return this.chats.get(chatId) ?? inventChat(chatId);
  }

  setMember(chatId: number, userId: number, status: MemberStatus): void {
    this.members.set(`${chatId}:${userId}`, status);
  }

  /** Set status, else 'creator' for the user of a private chat, else 'member'. */
  memberStatus(chatId: number, userId: number): MemberStatus {
    const status = this.members.get(`${chatId}:${userId}`);
    if (status !== undefined) return status;
    return this.chat(chatId).type === 'private' ? 'creator' : 'member';
  }

  block(chatId: number): void {
    this.blocked.add(chatId);
  }

  /** Why Telegram would refuse the bot writing to the chat (403), if it would. */
  writeRefusal(chatId: number, botId: number): string | undefined {
    if (this.blocked.has(chatId)) return 'Forbidden: bot was blocked by the user';
    const chat = this.chat(chatId);
    if (chat.type === 'private') return undefined;
    const kind =
      chat.type === 'group' ? 'group chat' : chat.type === 'supergroup' ? 'supergroup chat' : 'channel chat';
    const status = this.members.get(`${chatId}:${botId}`);
    if (status === 'kicked') return `Forbidden: bot was kicked from the ${kind}`;
    if (status === 'left') return `Forbidden: bot is not a member of the ${kind}`;
    return undefined;
  }
}
