// The database an API test file runs on: the embedded PGlite in memory by default, or — when TEST_DATABASE_URL is set
// (npm run test:api:pg) — a fresh database of its own on that PostgreSQL server. Opened once per file, emptied per test.
import crypto from 'node:crypto'
import pg from 'pg'
import { openDatabase, truncateAll, type Database } from '../../../server/db/database'

let opened: Promise<Database> | null = null

/** A new empty database on the server at `url`, returning its URL. */
export async function createDatabase(
  url: string,
  name = `t_${crypto.randomBytes(6).toString('hex')}`,
): Promise<string> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  const target = new URL(url)
  target.pathname = `/${name}`
  return target.toString()
}

export const usingPostgres = () => Boolean(process.env.TEST_DATABASE_URL)

async function open(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL
  return serverUrl ? openDatabase({ url: await createDatabase(serverUrl) }) : openDatabase({ memory: true })
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
