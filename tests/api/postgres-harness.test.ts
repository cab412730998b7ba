/**
 * @jest-environment node
 */
// The API tests' databases: with TEST_DATABASE_URL, the PostgreSQL server (15 or newer) hands each test file an empty
// database; without it, the embedded PGlite answers under this jest config; and a missing server install says what to run.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Client } from 'pg'
import {
  createDatabase,
  databaseName,
  findPostgresBinDir,
  POSTGRES_INSTALL_COMMAND,
  startPostgres,
} from '../support/postgres'

const serverUrl = process.env.TEST_DATABASE_URL

async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

const tableCount = (client: Client) =>
  client
    .query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'")
    .then((r) => r.rows[0].n)

;(serverUrl ? describe : describe.skip)('on the PostgreSQL server (TEST_DATABASE_URL)', () => {
  const url = serverUrl as string

  it('is PostgreSQL 15 or newer', async () => {
    const version = await withClient(url, (c) => c.query<{ server_version_num: string }>('SHOW server_version_num'))
    expect(Number(version.rows[0].server_version_num)).toBeGreaterThanOrEqual(150000)
  })

  it('createDatabase gives an empty database, fresh again when the name is reused', async () => {
    const name = databaseName(path.basename(__filename))
    const fresh = await createDatabase(url, name)
    expect(new URL(fresh).pathname).toBe(`/${name}`)
    await withClient(fresh, async (c) => {
      expect(await tableCount(c)).toBe(0)
      await c.query('CREATE TABLE leftover (id int)')
      expect(await tableCount(c)).toBe(1)
    })
    const again = await createDatabase(url, name)
    await withClient(again, async (c) => expect(await tableCount(c)).toBe(0))
    // The server's own test database is untouched by the per-file one.
    await withClient(url, async (c) => expect(await tableCount(c)).toBe(0))
  })

  it('refuses a database name it would have to quote', async () => {
    await expect(createDatabase(url, 'x"; DROP DATABASE app_test; --')).rejects.toThrow('not a plain database name')
  })
})

;(serverUrl ? describe.skip : describe)('on the embedded database (no TEST_DATABASE_URL)', () => {
  it('PGlite answers in memory under this jest config', async () => {
    const { PGlite } = await import('@electric-sql/pglite')
    const db = new PGlite()
    try {
      const result = await db.query<{ version: number }>("SELECT current_setting('server_version_num')::int AS version")
      expect(result.rows[0].version).toBeGreaterThanOrEqual(150000)
    } finally {
      await db.close()
    }
  })
})

describe('without the PostgreSQL binaries', () => {
  let empty: string
  beforeEach(() => {
    empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-postgres-'))
  })
  afterEach(() => fs.rmSync(empty, { recursive: true, force: true }))

  it('startPostgres fails with the apt command to run as its whole message', async () => {
    expect(POSTGRES_INSTALL_COMMAND).toBe('apt-get update && apt-get install -y postgresql')
    await expect(startPostgres({ binDir: empty })).rejects.toThrow(new Error(POSTGRES_INSTALL_COMMAND))
  })

  it('finds no version in an empty lib dir and says the same', () => {
    fs.mkdirSync(path.join(empty, '15', 'bin'), { recursive: true })
    expect(() => findPostgresBinDir(empty)).toThrow(POSTGRES_INSTALL_COMMAND)
  })
})
