// The database an API test file runs on: the embedded PGlite in memory by default, or — when TEST_DATABASE_URL is set
// (npm run test:api:pg) — a fresh database of its own on that PostgreSQL server. Opened once per file, emptied per test.
import path from 'node:path'
import { openDatabase, truncateAll, type Database } from '../../../server/db/database'
import { createDatabase, databaseName } from '../../support/postgres'

let opened: Promise<Database> | null = null

export const usingPostgres = () => Boolean(process.env.TEST_DATABASE_URL)

async function open(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (!serverUrl) return openDatabase({ memory: true })
  const label = path.basename(expect.getState().testPath ?? 'api')
  return openDatabase({ url: await createDatabase(serverUrl, databaseName(label)) })
}

/** This file's database, migrated, and emptied unless `empty` is false. */
export async function testDatabase({ empty = true }: { empty?: boolean } = {}): Promise<Database> {
  opened ??= open()
  const database = await opened
  if (empty) await truncateAll(database.db)
  return database
}

afterAll(async () => {
  if (opened) await (await opened).close()
  opened = null
})
