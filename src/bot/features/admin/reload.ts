import type { Logger } from 'pino';
import { Feature } from '../../feature.js';
import type { ReloadReport } from '../../../content/repository.js';
import { adminCatalogue } from '../../../i18n/admin.js';
import type { AuditStore } from '../../../store/store.js';
import type { BotContext } from '../../context.js';
import { recordAdminAction } from './audit.js';
import { replyPlain } from './reply-plain.js';

export interface ReloadDeps {
  /** Re-reads CONTENT_DIR and swaps it in; a rejected file keeps its last good version (content.replace). */
  reload: () => Promise<ReloadReport>;
  audit: Pick<AuditStore, 'record'>;
  log: Logger;
}

/** /reload: re-reads the content folder now and reports what was added, changed, removed and rejected. */
export function reloadFeature(deps: ReloadDeps): Feature<BotContext> {
  const feature = new Feature<BotContext>();
  feature.command('reload', async (ctx) => {
    const report = await deps.reload();
    await recordAdminAction({ audit: deps.audit, log: deps.log }, ctx.from.id, 'reload', {
      added: report.added.length,
      changed: report.changed.length,
      removed: report.removed.length,
      rejected: report.rejected.length,
    });
    return replyPlain(ctx, adminCatalogue(ctx.lang).reload(report));
  });
  return feature;
}
