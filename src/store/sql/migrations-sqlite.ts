/**
 * SQLite's numbered schema migrations: entry i brings `PRAGMA user_version` from i to i + 1.
 * Append only; never edit an entry that has shipped. `migrations-postgres.ts` mirrors each entry.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE chats (
    id           INTEGER PRIMARY KEY,
    type         TEXT    NOT NULL CHECK (type IN ('private', 'group', 'supergroup', 'channel')),
    title        TEXT,
    language     TEXT    CHECK (language IN ('ar', 'en')),
    subscribed   INTEGER NOT NULL DEFAULT 0 CHECK (subscribed IN (0, 1)),
    thread_id    INTEGER,
    status       TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked', 'gone')),
    filters      TEXT    NOT NULL DEFAULT '[]',  -- JSON array of strings, sorted
    slots        TEXT,                           -- JSON array of slot names; NULL = all
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  ) STRICT;
  -- Digest planning walks only these rows.
  CREATE INDEX chats_active_subscribers ON chats (id) WHERE subscribed = 1 AND status = 'active';

  CREATE TABLE jobs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('digest', 'broadcast')),
    key         TEXT    NOT NULL UNIQUE,
    payload     TEXT    NOT NULL,  -- JSON
    author      INTEGER,
    state       TEXT    NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'finished', 'cancelled')),
    total       INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until INTEGER,
    created_at  INTEGER NOT NULL,
    finished_at INTEGER
  ) STRICT;
  CREATE INDEX jobs_running ON jobs (id) WHERE state = 'running';

  -- No foreign key to chats: delivery history outlives the chat row.
  CREATE TABLE deliveries (
    job_id      INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    chat_id     INTEGER NOT NULL,
    thread_id   INTEGER,
    payload     TEXT    NOT NULL,  -- JSON
    state       TEXT    NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'blocked', 'in_doubt', 'cancelled')),
    owner       TEXT,
    parts_sent  INTEGER NOT NULL DEFAULT 0,
    message_ids TEXT    NOT NULL DEFAULT '[]',  -- JSON array of numbers, by part index
    error       TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL,
    -- When it reached sent/failed/blocked: the 24 h stats window.
    outcome_at  INTEGER,
    PRIMARY KEY (job_id, chat_id)
  ) STRICT, WITHOUT ROWID;
  -- Partial indexes stay small: rows leave them as they progress, and planning pays nothing for outcome_at.
  CREATE INDEX deliveries_pending ON deliveries (job_id, chat_id) WHERE state = 'pending';
  CREATE INDEX deliveries_sending ON deliveries (job_id, chat_id) WHERE state = 'sending';
  CREATE INDEX deliveries_outcome ON deliveries (outcome_at) WHERE outcome_at IS NOT NULL;

  -- A chat is planned a briefing at most once, by any job, ever.
  CREATE TABLE briefing_reservations (
    chat_id     INTEGER NOT NULL,
    briefing_id TEXT    NOT NULL,
    job_id      INTEGER NOT NULL REFERENCES jobs (id),
    PRIMARY KEY (chat_id, briefing_id)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE broadcast_previews (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    admin_id      INTEGER NOT NULL,
    chat_id       INTEGER NOT NULL,
    content       TEXT    NOT NULL,  -- JSON PreviewContent
    audience_size INTEGER NOT NULL,
    state         TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'cancelled')),
    created_at    INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    admin_id INTEGER NOT NULL,
    action   TEXT    NOT NULL,
    details  TEXT    NOT NULL  -- JSON
  ) STRICT;
  `,
  `
  -- Updates being or already handled (webhook re-sends, several instances): each update_id once.
  CREATE TABLE handled_updates (
    update_id  INTEGER PRIMARY KEY,
    handled_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX handled_updates_at ON handled_updates (handled_at);

  -- Named leases: work one process at a time (polling).
  CREATE TABLE leases (
    name  TEXT    PRIMARY KEY,
    owner TEXT    NOT NULL,
    until INTEGER NOT NULL
  ) STRICT;

  -- Telegram file_ids of uploaded pictures, keyed by what was drawn.
  CREATE TABLE file_ids (
    key     TEXT    PRIMARY KEY,
    file_id TEXT    NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  `,
  `
  -- Telegram's send budget shared by every process (GCRA). Times are REAL: an interval of
  -- 1000/30 ms makes theoretical arrival times fractional.
  CREATE TABLE rate_limits (
    key          TEXT PRIMARY KEY,
    tat          REAL NOT NULL,
    paused_until REAL NOT NULL DEFAULT 0
  ) STRICT, WITHOUT ROWID;
  `,
  `
  -- A digest is planned batch by batch: the job exists from the first batch, leased to its planner
  -- and not runnable until the plan is complete; plan_cursor is the last chat id planned, where a
  -- planner taking over after a crash resumes.
  ALTER TABLE jobs ADD COLUMN planning INTEGER NOT NULL DEFAULT 0 CHECK (planning IN (0, 1));
  ALTER TABLE jobs ADD COLUMN plan_cursor INTEGER;
  `,
  `
  -- One row per digest delivery instead of one per (chat, briefing): a million-subscriber plan
  -- wrote some 3.5 rows per delivery. A briefing is still planned to a chat at most once, by any
  -- job, ever: the write checks the chat's other rows under the write lock (see delivery-rows.ts).
  -- briefing_ids: the briefings' ids (slugs), separated by single spaces.
  CREATE TABLE planned_briefings (
    chat_id      INTEGER NOT NULL,
    job_id       INTEGER NOT NULL REFERENCES jobs (id),
    briefing_ids TEXT    NOT NULL,
    PRIMARY KEY (chat_id, job_id)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO planned_briefings (chat_id, job_id, briefing_ids)
    SELECT chat_id, job_id, group_concat(briefing_id, ' ') FROM briefing_reservations GROUP BY chat_id, job_id;
  DROP TABLE briefing_reservations;
  `,
  `
  -- The plans' version: every writer of planned_briefings moves it on, under the plans' write
  -- lock, so a batch planned from a history read outside that lock can tell at write time whether
  -- anything was planned since (see plans-version.ts). writer: the job whose write made this
  -- version (NULL: a chat migration); previous_writer: the one before, for the writer's RETURNING.
  CREATE TABLE plans_version (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    version         INTEGER NOT NULL,
    writer          INTEGER,
    previous_writer INTEGER
  ) STRICT;
  INSERT INTO plans_version (id, version) VALUES (1, 0);
  `,
  `
  -- A job kind for the editorial intake: an article an admin sent, drafted as a job. SQLite cannot
  -- change a CHECK constraint, so the table is rebuilt and renamed into place. migrateSqlite runs
  -- migrations with foreign keys off: dropping the old table leaves the deliveries and plans that
  -- reference it alone, and the references point at the new table once it takes the name.
  CREATE TABLE jobs_new (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('digest', 'broadcast', 'intake')),
    key         TEXT    NOT NULL UNIQUE,
    payload     TEXT    NOT NULL,  -- JSON
    author      INTEGER,
    state       TEXT    NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'finished', 'cancelled')),
    total       INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until INTEGER,
    created_at  INTEGER NOT NULL,
    finished_at INTEGER,
    planning    INTEGER NOT NULL DEFAULT 0 CHECK (planning IN (0, 1)),
    plan_cursor INTEGER
  ) STRICT;
  INSERT INTO jobs_new (id, kind, key, payload, author, state, total, lease_owner, lease_until,
                        created_at, finished_at, planning, plan_cursor)
    SELECT id, kind, key, payload, author, state, total, lease_owner, lease_until,
           created_at, finished_at, planning, plan_cursor
    FROM jobs;
  DROP TABLE jobs;
  ALTER TABLE jobs_new RENAME TO jobs;
  CREATE INDEX jobs_running ON jobs (id) WHERE state = 'running';
  `,
];
