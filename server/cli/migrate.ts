// `npm run db:migrate`: opens the server's database (DATABASE_URL or DATA_DIR), which applies pending migrations, and
// prints which are applied; a one-line message and exit code 1 when the database cannot be opened or migrated.
import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { readConfig } from '../config'
import { MIGRATIONS_FOLDER, openDatabase, type Database } from '../db/database'
import { DEFAULT_DATA_DIR } from '../server'

interface JournalEntry {
  tag: string
  when: number
}

export interface MigrationStatus {
  applied: number
  /** In the migrations folder but not in the database (none once opened). */
  pending: string[]
  /** drizzle's created_at is when the migration was generated (the journal's `when`), not when it ran. */
  latest: { tag: string; generatedAt: string } | null
}

function journal(): JournalEntry[] {
  const file = path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json')
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: JournalEntry[] }).entries
}

/** What drizzle recorded in drizzle.__drizzle_migrations, named by the journal's tags. */
export async function migrationStatus(database: Database): Promise<MigrationStatus> {
  const result = await database.db.execute(
    sql.raw('SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at'),
  )
  // node-postgres answers { rows }, PGlite too; drizzle types it loosely.
  const rows = (result as unknown as { rows: { created_at: string | number }[] }).rows
  const entries = journal()
  const appliedWhen = new Set(rows.map((r) => Number(r.created_at)))
  const tagOf = (when: number) => entries.find((e) => e.when === when)?.tag ?? `(unknown, ${when})`
  const last = rows[rows.length - 1]
  return {
    applied: rows.length,
    pending: entries.filter((e) => !appliedWhen.has(e.when)).map((e) => e.tag),
    latest: last
      ? { tag: tagOf(Number(last.created_at)), generatedAt: new Date(Number(last.created_at)).toISOString() }
      : null,
  }
}

async function main(): Promise<void> {
  let database: Database
  try {
    const config = readConfig(process.env, { dataDir: DEFAULT_DATA_DIR })
    database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`数据库迁移失败 / migration failed: ${message.replace(/\s+/g, ' ')}`)
    process.exit(1)
  }
  try {
    const status = await migrationStatus(database)
    const latest = status.latest ? `${status.latest.tag} (generated ${status.latest.generatedAt})` : '—'
    const pending = status.pending.length > 0 ? `；未应用 / pending: ${status.pending.join(', ')}` : ''
    console.log(
      `数据库已迁移 / migrated: ${database.kind} ${database.description} — ` +
        `已应用 ${status.applied} 个迁移 / ${status.applied} applied, 最新 / latest: ${latest}${pending}`,
    )
    process.exitCode = status.pending.length > 0 ? 1 : 0
  } catch (error) {
    console.error(`无法读取迁移记录 / cannot read the migrations table: ${(error as Error).message}`)
    process.exitCode = 1
  } finally {
    await database.close()
  }
}

if (require.main === module) void main()
