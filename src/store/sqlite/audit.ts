import type { Database } from 'better-sqlite3';
import type { AuditEntry, AuditStore } from '../store.js';
import { fromJson, toJson } from './json.js';

interface AuditRow {
  id: number;
  at: number;
  admin_id: number;
  action: string;
  details: string;
}

function toEntry(row: AuditRow): AuditEntry {
  return { id: row.id, at: row.at, adminId: row.admin_id, action: row.action, details: fromJson(row.details) };
}

export function sqliteAudit(db: Database, now: () => number): AuditStore {
  const insert = db.prepare<[number, number, string, string], AuditRow>(
    'INSERT INTO audit_log (at, admin_id, action, details) VALUES (?, ?, ?, ?) RETURNING *',
  );
  const recent = db.prepare<[number], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?');

  return {
    async record(entry) {
      return toEntry(insert.get(now(), entry.adminId, entry.action, toJson(entry.details))!);
    },

    async recent(limit) {
      return recent.all(limit).map(toEntry);
    },
  };
}
