import { CompiledQuery, type Kysely } from 'kysely';
import { lockOrder, reserveRates, type RateState } from '../gcra.js';
import type { RateKey, RateRequest, RateStore } from '../store.js';
import { runCompiled } from './compiled.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';
import { NOT_NOW, type SqliteDirect } from './sqlite-direct.js';

/** Keys known to have their row (rows are never deleted); cleared when full, so memory stays bounded. */
const KNOWN_KEYS_KEPT = 10_000;

type RateRow = { key: string; tat: number; paused_until: number };

/**
 * The shared send budget's table. Every reply and bulk message takes its slot here, so each
 * statement is compiled by Kysely once, when the store is built, and run with fresh parameters;
 * on SQLite a reservation runs as one synchronous transaction on the connection (sqlite-direct.ts)
 * whenever it can, and through Kysely's async path otherwise.
 */
export function sqlRates(db: Kysely<Database>, dialect: SqlDialect, direct?: SqliteDirect): RateStore {
  // One row by key, and one key's new TAT (the row created if missing): SQLite's direct path.
  const selectOne = db
    .selectFrom('rate_limits')
    .select(['tat', 'paused_until'])
    .where('key', '=', '')
    .compile().sql;
  const upsertOne = db
    .insertInto('rate_limits')
    .values({ key: '', tat: 0 })
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ tat: eb.ref('excluded.tat') })))
    .compile().sql;
  // Every key's row, in key order, locked where the database has row locks: one list parameter.
  const selectLocked = db
    .selectFrom('rate_limits')
    .selectAll()
    .where(({ ref }) => dialect.inList(ref('key'), [], 'text'))
    .orderBy('key')
    .$if(dialect.rowLocks, (q) => q.forUpdate())
    .compile().sql;
  // PostgreSQL's writes, one statement each whatever the number of keys (one array per column).
  const createRows = `insert into "rate_limits" ("key", "tat") select unnest(${dialect.placeholder(1)}::text[]), 0 on conflict ("key") do nothing`;
  const writeTats = `insert into "rate_limits" ("key", "tat") select * from unnest(${dialect.placeholder(1)}::text[], ${dialect.placeholder(2)}::float8[]) on conflict ("key") do update set "tat" = "excluded"."tat"`;
  const run = runCompiled(db, direct);
  const selectPause = db.selectFrom('rate_limits').select('paused_until').where('key', '=', '').compile().sql;

  const known = new Set<string>();
  const remember = (keys: readonly RateKey[]) => {
    if (known.size + keys.length > KNOWN_KEYS_KEPT) known.clear();
    for (const k of keys) known.add(k.key);
  };

  /** SQLite, synchronously: a key's row read and written with one prepared statement each. */
  function reserveDirect(
    requests: readonly RateRequest[],
    ordered: readonly RateKey[],
  ): number[] | typeof NOT_NOW {
    return direct!.immediate((run) => {
      const states = new Map<string, RateState>();
      for (const k of ordered) {
        const [row] = run<Omit<RateRow, 'key'>>(selectOne, [k.key]);
        if (row) states.set(k.key, { tat: row.tat, pausedUntil: row.paused_until });
      }
      const { times, next } = reserveRates(requests, states);
      for (const [key, state] of next) run(upsertOne, [key, state.tat]);
      return times;
    });
  }

  /** In a transaction through Kysely: PostgreSQL always, SQLite when its direct path could not run. */
  async function reserveInTransaction(
    trx: Kysely<Database>,
    requests: readonly RateRequest[],
    ordered: readonly RateKey[],
  ): Promise<number[]> {
    const keys = ordered.map((k) => k.key);
    // PostgreSQL: rows are created on first use, then locked in one order for every caller, so two
    // instances reserving overlapping keys wait for each other instead of deadlocking. A key whose
    // row is known to exist skips the insert (which would do nothing and lock nothing): a round
    // trip fewer on nearly every reservation. SQLite's transaction already holds the one write
    // lock: a missing row reads as fresh and the final upsert creates it.
    if (dialect.rowLocks) {
      const missing = keys.filter((key) => !known.has(key));
      if (missing.length > 0) await trx.executeQuery(CompiledQuery.raw(createRows, [missing]));
    }
    const { rows } = await trx.executeQuery<RateRow>(
      CompiledQuery.raw(selectLocked, [dialect.listParameter(keys)]),
    );
    const states = new Map<string, RateState>(
      rows.map((r) => [r.key, { tat: r.tat, pausedUntil: r.paused_until }]),
    );
    const { times, next } = reserveRates(requests, states);
    if (dialect.arrayParameters) {
      const written = [...next];
      await trx.executeQuery(
        CompiledQuery.raw(writeTats, [written.map(([key]) => key), written.map(([, s]) => s.tat)]),
      );
    } else
      for (const [key, state] of next) await trx.executeQuery(CompiledQuery.raw(upsertOne, [key, state.tat]));
    return times;
  }

  const reserveMany: RateStore['reserveMany'] = async (requests) => {
    const ordered = lockOrder(requests.flatMap((r) => r.keys));
    if (ordered.length === 0) return requests.map((r) => r.notBefore);
    if (direct) {
      const times = reserveDirect(requests, ordered);
      if (times !== NOT_NOW) return times;
    }
    const times = await dialect.transaction(db, (trx) => reserveInTransaction(trx, requests, ordered));
    if (dialect.rowLocks) remember(ordered);
    return times;
  };

  return {
    async reserve(keys, notBefore) {
      const [at] = await reserveMany([{ keys, notBefore }]);
      return at ?? notBefore;
    },

    reserveMany,

    async pause(key, until) {
      // Two 429s arriving out of order: the later end wins.
      await db
        .insertInto('rate_limits')
        .values({ key, tat: 0, paused_until: until })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            paused_until: dialect.greatest(
              eb.ref('rate_limits.paused_until'),
              eb.ref('excluded.paused_until'),
            ),
          })),
        )
        .execute();
    },

    async pausedUntil(key) {
      const [row] = await run<Pick<RateRow, 'paused_until'>>(selectPause, [key]);
      return row?.paused_until ?? 0;
    },
  };
}
