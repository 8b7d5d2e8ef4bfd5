import type { Kysely, Selectable } from 'kysely';
import type { AuditEntry, AuditStore } from '../store.js';
import type { AuditTable, Database } from './database.js';
import { fromJson, toJson } from './json.js';

function toEntry(row: Selectable<AuditTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    adminId: row.admin_id,
    action: row.action,
    details: fromJson(row.details),
  };
}

export function sqlAudit(db: Kysely<Database>, now: () => number): AuditStore {
  return {
    async record(entry) {
      const row = await db
        .insertInto('audit_log')
        .values({ at: now(), admin_id: entry.adminId, action: entry.action, details: toJson(entry.details) })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toEntry(row);
    },

    async recent(limit) {
      const rows = await db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toEntry);
    },
  };
}
