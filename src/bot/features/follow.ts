import { Feature } from '../feature.js';
import type { ContentRepository } from '../../content/repository.js';
import { parseFollowTarget, tagsOf } from '../../digest/filters.js';
import type { ChatStore } from '../../store/store.js';
import { mayManageChat } from '../chat-admin.js';
import { commandArgument } from '../argument.js';
import type { BotContext } from '../context.js';
import { filterNames, nameIn } from '../filter-names.js';
import { followExamples } from '../follow-examples.js';
import { clip } from '../reply.js';
import { replyText } from '../reply-text.js';

/** Keeps /settings and the digest query small. */
export const MAX_FILTERS = 20;

export interface FollowDeps {
  chats: ChatStore;
  /** The briefings being served: their tags can be followed. */
  content: ContentRepository;
}

/**
 * /follow <name> and /unfollow <name>: narrow the chat's digests to governorates (any Arabic or
 * English spelling) or briefing tags, stored as normalised keys. In groups only admins may change them.
 */
export function followFeature({ chats, content }: FollowDeps): Feature<BotContext> {
  const feature = new Feature<BotContext>();

  feature.command('follow', async (ctx) => {
    const t = ctx.t.subscriptions;
    const current = ctx.chatRecord?.filters ?? [];
    const input = commandArgument(ctx);
    if (input === '') return replyText(ctx, t.followUsage(filterNames(current, ctx.lang)));
    if (!(await mayManageChat(ctx))) return replyText(ctx, t.adminsOnly);
    const target = parseFollowTarget(input, tagsOf(content.list().map((a) => a.briefing)));
    if (!target) {
      const examples = followExamples(
        content.list().map((a) => a.briefing),
        ctx.lang,
      );
      return replyText(ctx, t.unknownTarget(clip(input), examples.governorates, examples.tags));
    }
    const name = nameIn(target.label, ctx.lang);
    if (current.includes(target.key)) return replyText(ctx, t.alreadyFollowing(name));
    if (current.length >= MAX_FILTERS) return replyText(ctx, t.tooManyFilters(MAX_FILTERS));
    const filters = (await chats.addFilter(ctx.chat.id, target.key)) ?? [];
    const answer = t.nowFollowing(name, filterNames(filters, ctx.lang));
    return replyText(ctx, ctx.chatRecord?.subscribed ? answer : `${answer}\n${t.subscribeHint}`);
  });

  feature.command('unfollow', async (ctx) => {
    const t = ctx.t.subscriptions;
    const current = ctx.chatRecord?.filters ?? [];
    const input = commandArgument(ctx);
    if (input === '') return replyText(ctx, t.unfollowUsage(filterNames(current, ctx.lang)));
    if (!(await mayManageChat(ctx))) return replyText(ctx, t.adminsOnly);
    // A followed tag stays removable after the briefings carrying it are gone.
    const followedTags = current
      .filter((key) => key.startsWith('tag:'))
      .map((key) => key.slice('tag:'.length));
    const target = parseFollowTarget(input, [
      ...tagsOf(content.list().map((a) => a.briefing)),
      ...followedTags,
    ]);
    if (!target || !current.includes(target.key)) {
      return replyText(ctx, t.notFollowing(target ? nameIn(target.label, ctx.lang) : clip(input)));
    }
    const filters = (await chats.removeFilter(ctx.chat.id, target.key)) ?? [];
    return replyText(ctx, t.unfollowed(nameIn(target.label, ctx.lang), filterNames(filters, ctx.lang)));
  });

  return feature;
}
