import type { BotContext } from './context.js';

/**
 * Whether the sender may change the chat's subscription and settings (by command or button, the
 * same check everywhere): anyone in a private chat; in groups and channels the creator and
 * administrators, including a post made as the chat itself (an anonymous admin, a channel post).
 */
export async function mayManageChat(ctx: BotContext): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat) return false;
  if (chat.type === 'private') return true;
  const message = ctx.message ?? ctx.channelPost;
  if (message && 'sender_chat' in message && message.sender_chat?.id === chat.id) return true;
  if (!ctx.from) return false;
  const member = await ctx.telegram.getChatMember(chat.id, ctx.from.id);
  return member.status === 'creator' || member.status === 'administrator';
}
