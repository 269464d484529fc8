/**
 * The console's database: PGlite (Postgres compiled to WASM) in DATA_DIR by default, so
 * `npm start` installs nothing, or a PostgreSQL server named by DATABASE_URL, so several
 * instances share runs, history and audit. Both speak the same SQL with `$n` parameters.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

import { migrate } from './migrations';

export interface QueryResult<Row> {
  rows: Row[];
}

export interface Database {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
  /** Runs `work` in one transaction; a thrown error rolls it back. */
  transaction<T>(work: (db: Database) => Promise<T>): Promise<T>;
  /** Embedded: one instance owns the data; a server: several instances share it. */
  readonly shared: boolean;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… of a PostgreSQL server; without it the embedded database under `dataDir`. */
  databaseUrl?: string;
  /** Where the embedded database lives; `memory` keeps it in memory (tests). */
  dataDir: string;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const database = config.databaseUrl
    ? await openServer(config.databaseUrl)
    : await openEmbedded(config.dataDir);
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

async function openEmbedded(dataDir: string): Promise<Database> {
  let directory: string | undefined;
  if (dataDir !== 'memory') {
    directory = join(dataDir, 'db');
    mkdirSync(directory, { recursive: true });
  }
  const lite = await PGlite.create(directory);
  // PGlite is one connection: a transaction must not interleave with other queries.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const direct: Database = {
    query: (sql, params) => lite.query(sql, params),
    transaction: (work) => lite.transaction((tx) => work(wrapTransaction(tx))),
    shared: false,
    close: () => lite.close(),
  };
  return {
    query: (sql, params) => serial(() => direct.query(sql, params)),
    transaction: (work) => serial(() => direct.transaction(work)),
    shared: false,
    close: () => serial(() => lite.close()),
  };
}

function wrapTransaction(tx: { query: PGlite['query'] }): Database {
  return {
    query: (sql, params) => tx.query(sql, params),
    transaction: (work) => work(wrapTransaction(tx)),
    shared: false,
    close: () => Promise.resolve(),
  };
}

async function openServer(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 5000 });
  // A dropped idle connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  client.release();
  const asDatabase = (runner: pg.Pool | pg.PoolClient): Database => ({
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await runner.query(sql, params)) as unknown as QueryResult<Row>,
    transaction: async (work) => {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(asDatabase(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    shared: true,
    close: () => pool.end(),
  });
  return asDatabase(pool);
}
