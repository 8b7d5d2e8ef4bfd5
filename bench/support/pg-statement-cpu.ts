/**
 * PostgreSQL server CPU per statement kind, for a bench process that talks to a server on this
 * machine: every query of every pg client is wrapped, and the CPU its backend used meanwhile is read
 * from /proc/<backend pid>/schedstat (nanoseconds on CPU) before and after. Each connection is one
 * backend, so queries running at once on other connections are not counted twice. What no statement
 * accounts for (autovacuum, connection start-up) is the difference with the backends' total.
 *
 * Bench-only: it patches pg's Client prototype for the process that calls it.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';

export interface StatementCpu {
  kind: string;
  calls: number;
  /** CPU of the backend while the statement ran. */
  serverMs: number;
  /** From sending to the answer, as the client saw it. */
  wallMs: number;
}

function backendCpuNs(pid: number): number {
  // First field: time spent on the CPU, in nanoseconds.
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
}

/** A short name for a statement: its verb and table, or its first words. */
export function statementKind(text: string): string {
  const flat = text.replaceAll('"', '').replace(/\s+/g, ' ').trim().toLowerCase();
  const named: Array<[RegExp, string]> = [
    [/^(begin|commit|rollback)\b/, '$1'],
    [/^with\b.*\binsert into deliveries\b/, 'write batch (one statement)'],
    [/^(insert into|update|delete from) (\w+)/, '$1 $2'],
    [/^select .* from plans_version as v left join planned_briefings/, 'read history + version'],
    [/^select .* from chats\b/, 'read recipients'],
    [/^select .* from planned_briefings\b/, 'read history under the lock'],
  ];
  for (const [pattern, name] of named) {
    const match = pattern.exec(flat);
    if (match) return flat.slice(match.index, match.index + match[0].length).replace(pattern, name);
  }
  return flat.slice(0, 48);
}

/** Starts counting; `report()` gives the totals so far, largest first. */
export function traceStatementCpu(): { report: () => StatementCpu[] } {
  const totals = new Map<string, StatementCpu>();
  const prototype = pg.Client.prototype as unknown as {
    query: (...args: unknown[]) => unknown;
    processID?: number;
  };
  const original = prototype.query;
  prototype.query = function (this: { processID?: number }, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | null)?.text;
    const pid = this.processID;
    if (typeof text !== 'string' || pid === undefined) return original.apply(this, args);
    const started = performance.now();
    const before = backendCpuNs(pid);
    const result = original.apply(this, args);
    if (!(result instanceof Promise)) return result;
    const count = () => {
      const kind = statementKind(text);
      const entry = totals.get(kind) ?? { kind, calls: 0, serverMs: 0, wallMs: 0 };
      entry.calls++;
      entry.serverMs += (backendCpuNs(pid) - before) / 1e6;
      entry.wallMs += performance.now() - started;
      totals.set(kind, entry);
    };
    return result.then(
      (value: unknown) => {
        count();
        return value;
      },
      (error: unknown) => {
        count();
        throw error;
      },
    );
  };
  return { report: () => [...totals.values()].sort((a, b) => b.serverMs - a.serverMs) };
}
