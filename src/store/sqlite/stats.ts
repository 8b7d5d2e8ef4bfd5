import type { Database } from 'better-sqlite3';
import { DELIVERY_STATES, JOB_KINDS, type DeliveryCounts, type DeliveryState, type JobKind, type StatsStore } from '../store.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function sqliteStats(db: Database, now: () => number): StatsStore {
  // outcome_at is set only on sent/failed/blocked; its partial index keeps this a range scan.
  const outcomes = db.prepare<[number], { kind: JobKind; state: 'sent' | 'failed' | 'blocked'; n: number }>(`
    SELECT j.kind, d.state, count(*) AS n
    FROM deliveries d JOIN jobs j ON j.id = d.job_id
    WHERE d.outcome_at IS NOT NULL AND d.outcome_at >= ?
    GROUP BY j.kind, d.state`);
  const live = db.prepare<[], { state: DeliveryState; n: number }>(`
    SELECT d.state, count(*) AS n
    FROM jobs j JOIN deliveries d ON d.job_id = j.id
    WHERE j.state = 'running'
    GROUP BY d.state`);

  return {
    async recentDeliveries(windowMs = DAY_MS) {
      const result = Object.fromEntries(JOB_KINDS.map((k) => [k, { delivered: 0, failed: 0, blocked: 0 }])) as Record<JobKind, DeliveryCounts>;
      for (const { kind, state, n } of outcomes.all(now() - windowMs)) {
        // A row re-marked sent after failing keeps its latest outcome only.
        if (state === 'sent') result[kind].delivered += n;
        else if (state === 'failed') result[kind].failed += n;
        else if (state === 'blocked') result[kind].blocked += n;
      }
      return result;
    },

    async liveDeliveries() {
      const result = Object.fromEntries(DELIVERY_STATES.map((s) => [s, 0])) as Record<DeliveryState, number>;
      for (const { state, n } of live.all()) result[state] = n;
      return result;
    },
  };
}
