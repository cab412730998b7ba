// The real API (server/server.ts) on an in-memory PGlite database, run as a child process by tests/support/fake-api.ts
// for component tests (the app's jest cannot load PGlite in-process: it needs --experimental-vm-modules). Besides the
// API it answers a few test-only routes under /__fake/: reset (empty tables), clock (the server's now), notices and
// reports (rows put in as they are, with past dates and history), invite and revoke (the admin module's worker add and
// revoke). One worker, 李红, has signed up (FAKE_API_WORKER_LOGIN + FAKE_API_WORKER_PASSPHRASE). It prints
// `listening <port>` once ready.
// A new PGlite takes ~10 s (initdb) on this machine, a migrated copy loaded from a dump ~1 s: the first start writes
// the dump to the system temp folder (named by the migrations it holds) and later starts load it.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import express from 'express'
import pino from 'pino'
import { sql } from 'drizzle-orm'
import { PGlite } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import * as schema from '../../server/db/schema'
import { MIGRATIONS_FOLDER, type Database, type Db } from '../../server/db/database'
import type { NoticeRecord } from '../../src/domain/notice/schema'
import type { ReportRecord } from '../../src/domain/report'
import { readConfig } from '../../server/config'
import { createHttpApp, startApi } from '../../server/server'
import { insertNotice } from '../../server/store/notices'
import { insertReport } from '../../server/store/reports'
import { addWorker, revokeWorker } from '../../server/admin/workers'
import { workers } from '../../server/db/schema'
import { hashPassphrase, redeemInvite } from '../../server/store/workers'
import { eq } from 'drizzle-orm'

/** Tables a test fills; communities and workers stay (the server made them at start). */
const TEST_TABLES = [
  'verified_facts',
  'message_deliveries',
  'message_subscriptions',
  'notice_history',
  'notices',
  'report_events',
  'reports',
  'photos',
  'session_openids',
  'sessions',
  'idempotency_keys',
  'rate_counters',
]

/** The dump of a migrated empty database, named by a hash of the migrations (a new migration makes a new dump). */
function dumpPath(): string {
  const hash = crypto.createHash('sha256')
  for (const file of fs.readdirSync(MIGRATIONS_FOLDER, { recursive: true }).map(String).sort()) {
    const full = path.join(MIGRATIONS_FOLDER, file)
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full))
  }
  return path.join(os.tmpdir(), `yuewanhu-fake-api-${hash.digest('hex').slice(0, 16)}.tar.gz`)
}

async function memoryDatabase(): Promise<Database> {
  const dump = dumpPath()
  const saved = fs.existsSync(dump) ? new Blob([fs.readFileSync(dump)]) : null
  const client = await PGlite.create(saved ? { loadDataDir: saved } : {})
  const db = drizzle(client, { schema })
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER })
  if (!saved) {
    const blob = await client.dumpDataDir('gzip')
    const temp = `${dump}.${process.pid}`
    fs.writeFileSync(temp, Buffer.from(await blob.arrayBuffer()))
    fs.renameSync(temp, dump) // whole or not at all, if two start at once
  }
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    description: '(in memory, for component tests)',
    ping: async () => {
      await client.query('SELECT 1')
    },
    close: () => client.close(),
  }
}

async function main(): Promise<void> {
  const clock = { now: new Date() }
  const config = {
    ...readConfig({} as NodeJS.ProcessEnv, { dataDir: '(memory)' }),
    databaseUrl: null,
    // Every answer fresh: a test that changes the rows must see them on the next call.
    publicCacheMs: 0,
  }
  const running = await startApi({
    config,
    database: await memoryDatabase(),
    now: () => clock.now,
    logger: pino({ level: 'silent' }),
  })
  const { ctx } = running
  const community = config.community.id
  const login = process.env.FAKE_API_WORKER_LOGIN
  const passphrase = process.env.FAKE_API_WORKER_PASSPHRASE
  if (login && passphrase) {
    const added = await addWorker(ctx.db, { community, name: '李红' })
    await redeemInvite(ctx.db, added.invite.code, { passphraseHash: await hashPassphrase(passphrase) }, new Date())
    await ctx.db.update(workers).set({ login }).where(eq(workers.id, added.id))
  }

  const control = express.Router()
  control.use(express.json({ limit: '20mb' }))
  control.post('/__fake/reset', async (_req, res) => {
    await ctx.db.execute(sql.raw(`TRUNCATE ${TEST_TABLES.join(', ')}`))
    clock.now = new Date()
    res.json({ ok: true })
  })
  control.post('/__fake/clock', (req, res) => {
    clock.now = req.body.now ? new Date(req.body.now) : new Date()
    res.json({ now: clock.now.toISOString() })
  })
  control.post('/__fake/notices', async (req, res) => {
    for (const notice of req.body.notices as NoticeRecord[]) await insertNotice(ctx.db, community, notice)
    res.json({ ok: true })
  })
  control.post('/__fake/reports', async (req, res) => {
    for (const report of req.body.reports as ReportRecord[]) await insertReport(ctx.db, community, report)
    res.json({ ok: true })
  })

  control.post('/__fake/invite', async (req, res) => {
    const added = await addWorker(ctx.db, { community, name: req.body.name ?? '新社工' }, clock.now)
    res.json({ id: added.id, login: added.login, code: added.invite.code, expiresAt: added.invite.expiresAt })
  })
  control.post('/__fake/revoke', async (req, res) => {
    await revokeWorker(ctx.db, req.body.id, clock.now)
    res.json({ ok: true })
  })

  const app = express()
  app.use(control)
  app.use(createHttpApp(ctx))
  const server = app.listen(0, '127.0.0.1', () => {
    process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`)
  })
  const stop = () => {
    server.close()
    void running.close().finally(() => process.exit(0))
  }
  process.on('SIGTERM', stop)
  process.on('disconnect', stop)
  // The parent test file went away without stopping us: go too.
  process.stdin.on('end', stop)
  process.stdin.resume()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
