// `npm run bench:api [-- --quick] [--sizes=…]`: autocannon figures for /api/health, GET /api/notices and POST /api/notices at 200,
// 2,000 and 20,000 notices, against the real server in a child process; prints a markdown table and asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { openDatabase, truncateAll, type Database } from '../server/db/database'
import { noticeHistory, notices } from '../server/db/schema'
import { ensureCommunity } from '../server/store/communities'
import { DEFAULT_COMMUNITY } from '../server/config'
import { addWorker } from '../server/admin/workers'
import { hashPassphrase, redeemInvite } from '../server/store/workers'

// autocannon ships no types: the little of its API used here.
interface Histogram {
  average: number
  p50: number
  p99: number
}
interface Result {
  requests: Histogram & { total: number }
  latency: Histogram
  non2xx: number
  errors: number
  timeouts: number
  statusCodeStats?: Record<string, { count: number }>
}
interface RequestSpec {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
  setupRequest?: (request: RequestSpec) => RequestSpec
}
type Autocannon = (options: {
  url: string
  connections: number
  duration: number
  requests?: RequestSpec[]
}) => Promise<Result>
const autocannon = createRequire(__filename)('autocannon') as Autocannon

const ROOT = path.resolve(__dirname, '..')
/** `--sizes=200,20000` measures only those. */
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))
const SIZES = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : [200, 2_000, 20_000]
const CONNECTIONS = 20
const WORKER_PASSPHRASE = 'bench-passphrase-2026'
let workerLogin = ''
const quick = process.argv.includes('--quick')
const DURATION = quick ? 3 : 10
const databaseUrl = process.env.DATABASE_URL || null

const HOUR = 60 * 60 * 1000
const BODY = '因管道检修，本周六 8:00–12:00 3 号楼至 6 号楼停水，请提前储水。'.repeat(6)
const CATEGORIES = ['通知', '活动', '便民', '安全', '其他'] as const

/**
 * `count` notices as a community accumulates them over the years: one an hour back from now; most expired (往期), a
 * few pinned, some drafts, scheduled and withdrawn — each with its 'create' history entry.
 */
export function seedRows(count: number, community: string, now: Date) {
  const by = { id: 'worker-bench', name: '王老师' }
  const rows: (typeof notices.$inferInsert)[] = []
  for (let i = 0; i < count; i++) {
    const created = new Date(now.getTime() - (i + 1) * HOUR)
    const kind = i % 100
    const draft = kind >= 95 && kind < 98
    const scheduled = kind === 98
    const withdrawn = kind === 99
    const expired = !draft && !scheduled && i >= 150 && kind < 70
    rows.push({
      id: `bench-${String(i).padStart(6, '0')}`,
      community,
      category: CATEGORIES[i % CATEGORIES.length],
      title: `第 ${i} 条通知：3 号楼停水`,
      body: BODY,
      audience: '全体居民',
      pinned: i < 5,
      publishAt: draft ? null : scheduled ? new Date(now.getTime() + 24 * HOUR) : created,
      expireAt: expired ? new Date(created.getTime() + 72 * HOUR) : null,
      withdrawnAt: withdrawn ? new Date(created.getTime() + HOUR) : null,
      authorId: by.id,
      authorName: by.name,
      createdAt: created,
      updatedAt: created,
      editedAt: null,
    })
  }
  const history = rows.map((r) => ({
    noticeId: r.id,
    at: r.createdAt,
    byId: by.id,
    byName: by.name,
    action: 'create',
    changes: {},
  }))
  return { rows, history }
}

async function seed(database: Database, count: number): Promise<void> {
  const { db } = database
  if (databaseUrl) await truncateAll(db)
  await ensureCommunity(db, DEFAULT_COMMUNITY)
  const { rows, history } = seedRows(count, DEFAULT_COMMUNITY.id, new Date())
  const CHUNK = 1000
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(notices).values(rows.slice(i, i + CHUNK))
    for (let i = 0; i < history.length; i += CHUNK) await tx.insert(noticeHistory).values(history.slice(i, i + CHUNK))
  })
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

interface Child {
  process: ChildProcess
  base: string
  /** Throws (with the server's stderr) if it has exited. */
  check(): void
  stop(): Promise<void>
}

/** `tsx server/main.ts` on a free port; resolves once /api/health answers. */
async function startServer(dataDir: string | null): Promise<Child> {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
  }
  if (dataDir) {
    env.DATA_DIR = dataDir
    delete env.DATABASE_URL
  }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server', 'main.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`)
    if (Date.now() > deadline) throw new Error(`server did not answer in 60 s: ${stderr}`)
    try {
      if ((await fetch(`${base}/api/health`)).ok) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    process: child,
    base,
    check() {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`server exited (${child.exitCode ?? child.signalCode}) during the run: ${stderr}`)
    },
    async stop() {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await once(child, 'exit')
    },
  }
}

async function workerToken(base: string): Promise<string> {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'worker', login: workerLogin, passphrase: WORKER_PASSPHRASE }),
  })
  if (res.status !== 201) throw new Error(`worker sign-in: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}

interface Row {
  notices: number
  route: string
  result: Result
}

async function measure(base: string, request: RequestSpec, duration = DURATION): Promise<Result> {
  return autocannon({ url: base, connections: CONNECTIONS, duration, requests: [request] })
}

async function benchSize(count: number): Promise<Row[]> {
  const dataDir = databaseUrl ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-api-'))
  const started = Date.now()
  const database = await openDatabase(databaseUrl ? { url: databaseUrl } : { dataDir: dataDir! })
  try {
    await seed(database, count)
    // A worker account for POST /api/notices, invited and signed up as the admin command would.
    const added = await addWorker(database.db, { community: DEFAULT_COMMUNITY.id, name: '王老师' })
    await redeemInvite(
      database.db,
      added.invite.code,
      { passphraseHash: await hashPassphrase(WORKER_PASSPHRASE) },
      new Date(),
    )
    workerLogin = added.login
  } finally {
    await database.close() // one PGlite per folder: the server opens it next
  }
  console.error(`  ${count} notices seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; starting the server`)
  const server = await startServer(dataDir)
  try {
    const token = await workerToken(server.base)
    const health: RequestSpec = { method: 'GET', path: '/api/health' }
    const feed: RequestSpec = { method: 'GET', path: '/api/notices' }
    let key = 0
    const post: RequestSpec = {
      method: 'POST',
      path: '/api/notices',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ category: '通知', title: '压测通知', body: '压测：一次一条新通知。' }),
      setupRequest: (request) => ({
        ...request,
        headers: { ...request.headers, 'Idempotency-Key': `bench-${count}-${process.pid}-${++key}` },
      }),
    }
    // Warm up the server's JIT and the database's caches; not recorded.
    await measure(server.base, health, 1)
    await measure(server.base, feed, 1)
    const rows: Row[] = []
    for (const [route, request] of [
      ['GET /api/health', health],
      ['GET /api/notices', feed],
      ['POST /api/notices', post],
    ] as const) {
      console.error(`  ${count}: ${route} for ${DURATION} s`)
      rows.push({ notices: count, route, result: await measure(server.base, request) })
      server.check()
    }
    return rows
  } finally {
    await server.stop()
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

function table(rows: Row[]): string {
  const lines = [
    '| notices | route | req/s | p50 ms | p99 ms | % of health req/s | non-2xx / errors |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const row of rows) {
    const health = rows.find((r) => r.notices === row.notices && r.route === 'GET /api/health')!
    const { requests, latency, non2xx, errors, timeouts } = row.result
    const share = row === health ? '100%' : `${Math.round((requests.average / health.result.requests.average) * 100)}%`
    lines.push(
      `| ${row.notices.toLocaleString('en-US')} | ${row.route} | ${Math.round(requests.average).toLocaleString('en-US')} | ` +
        `${latency.p50} | ${latency.p99} | ${share} | ${non2xx} / ${errors + timeouts} |`,
    )
  }
  return lines.join('\n')
}

async function main(): Promise<void> {
  const cpus = os.cpus()
  console.error(
    `bench:api — ${databaseUrl ? 'PostgreSQL server (DATABASE_URL; tables truncated first)' : 'embedded PGlite'}, ` +
      `${CONNECTIONS} connections, ${DURATION} s per route${quick ? ' (--quick)' : ''}`,
  )
  const rows: Row[] = []
  for (const count of SIZES) rows.push(...(await benchSize(count)))
  console.log(
    `\nbench:api on ${databaseUrl ? 'a PostgreSQL server' : 'embedded PGlite'}: ${CONNECTIONS} connections, ` +
      `${DURATION} s per route, server in a child process; ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ` +
      `Node ${process.version}. POST adds notices during its run (the count is at its start).\n`,
  )
  console.log(table(rows))
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
