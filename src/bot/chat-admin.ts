import type { BotContext } from './context.js';

/**
 * Whether the sender may change the chat's subscription and settings: anyone in a private chat (or
 * a channel, where only admins post); in groups the creator and administrators, including an
 * anonymous admin, who posts as the group itself.
 */
export async function mayManageChat(ctx: BotContext): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat) return false;
  if (chat.type === 'private' || chat.type === 'channel') return true;
  const message = ctx.message;
  if (message && 'sender_chat' in message && message.sender_chat?.id === chat.id) return true;
  if (!ctx.from) return false;
  const member = await ctx.telegram.getChatMember(chat.id, ctx.from.id);
  return member.status === 'creator' || member.status === 'administrator';
}
