import { Feature } from '../feature.js';
import type { ChatStore } from '../../store/store.js';
import { mayManageChat } from '../chat-admin.js';
import type { BotContext } from '../context.js';
import { replyText } from '../reply-text.js';
import { chatScheduleText, type DigestSchedule } from '../schedule-text.js';
import { subscribeChat } from '../subscribe-chat.js';
import { topicOf } from '../topic.js';

export interface SubscriptionDeps {
  chats: ChatStore;
  /** The digest schedule, to say when digests come. */
  schedule: DigestSchedule;
}

/**
 * /subscribe and /unsubscribe. In groups only admins may use them. Sent inside a forum topic,
 * /subscribe makes the digests go to that topic.
 */
export function subscriptionsFeature({ chats, schedule }: SubscriptionDeps): Feature<BotContext> {
  const feature = new Feature<BotContext>();

  feature.command('subscribe', async (ctx) => {
    if (!(await mayManageChat(ctx))) return replyText(ctx, ctx.t.subscriptions.adminsOnly);
    const threadId = topicOf(ctx.message);
    const target = threadId === null ? 'chat' : 'topic';
    const before = ctx.chatRecord;
    if (!before) return replyText(ctx, ctx.t.somethingWentWrong);
    if (before.subscribed && before.threadId === threadId)
      return replyText(ctx, ctx.t.subscriptions.alreadySubscribed(target));
    await subscribeChat(chats, before, threadId, ctx.lang);
    if (before.subscribed) return replyText(ctx, ctx.t.subscriptions.moved(target));
    return replyText(
      ctx,
      ctx.t.subscriptions.subscribed(target, chatScheduleText(ctx.t, schedule, before.slots)),
    );
  });

  feature.command('unsubscribe', async (ctx) => {
    if (!(await mayManageChat(ctx))) return replyText(ctx, ctx.t.subscriptions.adminsOnly);
    if (!ctx.chatRecord?.subscribed) return replyText(ctx, ctx.t.subscriptions.notSubscribed);
    await chats.unsubscribe(ctx.chat.id);
    return replyText(ctx, ctx.t.subscriptions.unsubscribed);
  });

  return feature;
}
