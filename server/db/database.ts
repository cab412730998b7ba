// Opens the database: a PostgreSQL server when a URL is given (node-postgres pool), else the embedded PGlite in a data
// directory (or in memory for tests) — one drizzle schema and one set of queries for both. Migrations run on open.
import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import * as schema from './schema'
import { claimDataDir, type DataDirClaim } from './data-dir-lock'

export type Schema = typeof schema
export type Db = PgDatabase<PgQueryResultHKT, Schema>
/** A transaction handle: inside a transaction use only this, never the outer Db (PGlite would wait for itself). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
/** The database or a transaction on it: what every query function takes. */
export type Queryable = Db | Tx

export const MIGRATIONS_FOLDER = path.resolve(__dirname, 'migrations')
/** Held while migrating so that several processes starting at once apply each migration once. */
const MIGRATION_LOCK_ID = 727_113

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true }

export interface Database {
  db: Db
  kind: 'postgres' | 'pglite'
  /** Where the data lives, for the start-up line (a URL without its password, or a folder). */
  description: string
  /** Resolves when the database answers a trivial query within `timeoutMs`; rejects otherwise. */
  ping(timeoutMs?: number): Promise<void>
  close(): Promise<void>
}

export class DatabaseOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'DatabaseOpenError'
  }
}

/** The URL with its password replaced, safe to log. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'postgres://(unparsable URL)'
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms)
    }),
  ])
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 })
  // An idle client that loses its server must not crash the process: the next query fails (503) and reconnects.
  pool.on('error', () => undefined)
  const client = await pool.connect().catch((error: Error) => {
    void pool.end()
    throw new DatabaseOpenError(`无法连接 PostgreSQL（${redactUrl(url)}）：${error.message}`, { cause: error })
  })
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID])
    await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER })
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined)
    client.release()
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db
  return {
    db,
    kind: 'postgres',
    description: redactUrl(url),
    ping: async (timeoutMs = 2000) => {
      await withTimeout(pool.query('SELECT 1'), timeoutMs, 'database did not answer')
    },
    close: () => pool.end(),
  }
}

async function openPglite(dataDir: string | null): Promise<Database> {
  let claim: DataDirClaim | null = null
  let client: PGlite
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    claim = claimDataDir(dataDir)
    try {
      client = await PGlite.create(path.join(dataDir, 'pgdata'))
      await client.query('SELECT 1')
    } catch (error) {
      claim.release()
      throw new DatabaseOpenError(
        `${path.join(dataDir, 'pgdata')} 无法作为数据库打开（${(error as Error).message}）。` +
          '文件保持原样未改动：请从备份恢复，或把这个文件夹移走后重新启动（将从空数据库开始）。',
        { cause: error },
      )
    }
  } else {
    client = await PGlite.create()
  }
  const db = drizzlePglite(client, { schema })
  await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER })
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    description: dataDir ? path.join(dataDir, 'pgdata') : '(in memory)',
    ping: async (timeoutMs = 2000) => {
      await withTimeout(client.query('SELECT 1'), timeoutMs, 'database did not answer')
    },
    close: async () => {
      await client.close()
      claim?.release()
    },
  }
}

export function openDatabase(target: DatabaseTarget, options: { poolSize?: number } = {}): Promise<Database> {
  if ('url' in target) return openPostgres(target.url, options.poolSize ?? 10)
  return openPglite('dataDir' in target ? path.resolve(target.dataDir) : null)
}

/** Empties every table (tests): faster than a new database per test. */
export async function truncateAll(db: Db): Promise<void> {
  await db.execute(
    sql.raw(
      'TRUNCATE message_deliveries, message_subscriptions, wechat_tokens, rate_counters, report_counters, idempotency_keys, photos, report_events, reports, notice_history, notices, session_openids, sessions, workers, communities CASCADE',
    ),
  )
}
