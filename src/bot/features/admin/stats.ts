import type { Logger } from 'pino';
import { Feature } from '../../feature.js';
import { adminCatalogue } from '../../../i18n/admin.js';
import type { Store } from '../../../store/store.js';
import type { BotContext } from '../../context.js';
import { recordAdminAction } from './audit.js';
import { replyPlain } from './reply-plain.js';

export interface StatsDeps {
  store: Pick<Store, 'chats' | 'stats' | 'audit'>;
  /** Articles being served (content.size). */
  articles: () => number;
  /** When the process started, on the same clock as `now`. */
  startedAt: number;
  now: () => number;
  log: Logger;
}

/** /stats: subscribers by type, language and status, the last 24 h of deliveries (digests, broadcasts, editors' drafts), content, uptime. */
export function statsFeature(deps: StatsDeps): Feature<BotContext> {
  const feature = new Feature<BotContext>();
  feature.command('stats', async (ctx) => {
    await recordAdminAction({ audit: deps.store.audit, log: deps.log }, ctx.from.id, 'stats');
    const [counts, recent] = await Promise.all([
      deps.store.chats.counts(),
      deps.store.stats.recentDeliveries(),
    ]);
    const view = {
      counts,
      recent,
      articles: deps.articles(),
      uptimeSeconds: (deps.now() - deps.startedAt) / 1000,
    };
    return replyPlain(ctx, adminCatalogue(ctx.lang).stats(view));
  });
  return feature;
}
