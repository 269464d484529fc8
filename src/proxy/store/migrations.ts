import type { Database } from './database';

/**
 * Schema changes in order; each runs once, at start, inside one transaction. On a shared
 * server an advisory lock keeps two instances starting together from migrating twice.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE runs (
    id text PRIMARY KEY,
    kind text NOT NULL,
    api text NOT NULL,
    status text NOT NULL,
    request jsonb NOT NULL,
    operator text NOT NULL,
    role text NOT NULL,
    sdk_app_id bigint NOT NULL,
    target_host text NOT NULL,
    target_mode text NOT NULL,
    from_account text,
    -- Every account the run names, so History finds a run by any of them.
    accounts text[] NOT NULL,
    parent text,
    undone_by text,
    plan_calls int NOT NULL,
    floor_s double precision NOT NULL,
    item_count int NOT NULL,
    reason text,
    owner text,
    heartbeat_at timestamptz,
    cancel_requested boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL,
    started_at timestamptz,
    finished_at timestamptz
  );
  CREATE INDEX runs_created ON runs (created_at DESC, id DESC);
  CREATE INDEX runs_accounts ON runs USING gin (accounts);
  CREATE INDEX runs_active ON runs (status) WHERE status IN ('queued', 'running');

  -- One row per call; a matrix call keeps its answer packed, one letter per To_Account.
  CREATE TABLE run_calls (
    run_id text NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    idx int NOT NULL,
    service text NOT NULL,
    state text NOT NULL,
    finish_seq int,
    http_status int,
    failure jsonb,
    attempts int,
    absorbed int NOT NULL DEFAULT 0,
    relations text,
    cell_failures jsonb,
    request_id text,
    sent_at timestamptz,
    finished_at timestamptz,
    PRIMARY KEY (run_id, idx)
  );
  CREATE INDEX run_calls_finished ON run_calls (run_id, finish_seq) WHERE finish_seq IS NOT NULL;

  CREATE TABLE run_items (
    run_id text NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    idx int NOT NULL,
    call_idx int NOT NULL,
    account text NOT NULL,
    result_code int,
    result_info text,
    undo text,
    undone boolean NOT NULL DEFAULT false,
    verified text,
    PRIMARY KEY (run_id, idx)
  );
  CREATE INDEX run_items_call ON run_items (run_id, call_idx);

  CREATE TABLE idempotency_keys (
    operator text NOT NULL,
    key text NOT NULL,
    run_id text NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    body_hash text NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (operator, key)
  );

  CREATE TABLE audit (
    id bigserial PRIMARY KEY,
    time timestamptz NOT NULL,
    request_id text NOT NULL,
    run_id text,
    operator text NOT NULL,
    role text NOT NULL,
    api text NOT NULL,
    from_account text,
    to_accounts text[] NOT NULL,
    status int NOT NULL,
    action_status text,
    error_code int,
    results jsonb NOT NULL,
    attempts int NOT NULL
  );
  CREATE INDEX audit_time ON audit (time DESC, id DESC);
  CREATE INDEX audit_to ON audit USING gin (to_accounts);
  CREATE INDEX audit_from ON audit (from_account);
  CREATE INDEX audit_run ON audit (run_id);
  `,
  // Plan runs (issue #20): what reading the state again after the run found.
  `ALTER TABLE runs ADD COLUMN verification jsonb`,
];

const LOCK_ID = 7_420_113;

export async function migrate(database: Database): Promise<void> {
  await database.transaction(async (tx) => {
    if (database.shared) await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ID]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL)',
    );
    const { rows } = await tx.query<{ version: number }>(
      'SELECT coalesce(max(version), 0)::int AS version FROM schema_migrations',
    );
    const applied = rows[0]?.version ?? 0;
    for (let version = applied + 1; version <= MIGRATIONS.length; version += 1) {
      const sql = MIGRATIONS[version - 1] ?? '';
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        version,
        new Date(),
      ]);
    }
  });
}

/** Extended-protocol queries take one statement each; ours hold no `;` inside literals. */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, '')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
