import type { Logger } from 'pino';
import type { AuditStore } from '../../../store/store.js';

export interface AuditDeps {
  audit: Pick<AuditStore, 'record'>;
  log: Logger;
}

/** Every admin action goes to the audit table and to the log, with the same fields. */
export async function recordAdminAction(
  deps: AuditDeps,
  adminId: number,
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await deps.audit.record({ adminId, action, details });
  deps.log.info({ admin_id: adminId, action, ...details }, 'admin action');
}
