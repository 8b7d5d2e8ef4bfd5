import type { Kysely } from 'kysely';
import {
  DELIVERY_STATES,
  JOB_KINDS,
  type DeliveryCounts,
  type DeliveryState,
  type JobKind,
  type StatsStore,
} from '../store.js';
import type { Database } from './database.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function sqlStats(db: Kysely<Database>, now: () => number): StatsStore {
  return {
    async recentDeliveries(windowMs = DAY_MS) {
      const result = Object.fromEntries(
        JOB_KINDS.map((k) => [k, { delivered: 0, failed: 0, blocked: 0 }]),
      ) as Record<JobKind, DeliveryCounts>;
      // outcome_at is set only on sent/failed/blocked; its partial index keeps this a range scan.
      const rows = await db
        .selectFrom('deliveries as d')
        .innerJoin('jobs as j', 'j.id', 'd.job_id')
        .select((eb) => ['j.kind', 'd.state', eb.fn.countAll<number>().as('n')])
        .where('d.outcome_at', 'is not', null)
        .where('d.outcome_at', '>=', now() - windowMs)
        .groupBy(['j.kind', 'd.state'])
        .execute();
      for (const { kind, state, n } of rows) {
        // A row re-marked sent after failing keeps its latest outcome only.
        if (state === 'sent') result[kind].delivered += Number(n);
        else if (state === 'failed') result[kind].failed += Number(n);
        else if (state === 'blocked') result[kind].blocked += Number(n);
      }
      return result;
    },

    async liveDeliveries() {
      const result = Object.fromEntries(DELIVERY_STATES.map((s) => [s, 0])) as Record<DeliveryState, number>;
      const rows = await db
        .selectFrom('jobs as j')
        .innerJoin('deliveries as d', 'd.job_id', 'j.id')
        .select((eb) => ['d.state', eb.fn.countAll<number>().as('n')])
        .where('j.state', '=', 'running')
        .groupBy('d.state')
        .execute();
      for (const { state, n } of rows) result[state] = Number(n);
      return result;
    },
  };
}
