/**
 * @jest-environment node
 */
// Report numbers (YWH-20261201-0042): every report gets one, consecutive per community and China-time day even when
// two servers create reports at once; workers find a report by its number in their own community only, a resident
// only their own; and the migration numbers the reports that existed before it.
import { once } from 'node:events'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pino from 'pino'
import { reportListResponseSchema, reportResponseSchema, sessionResponseSchema } from '@/domain/api-contract'
import { parseReportNumber } from '@/domain/report-number'
import { MIGRATIONS_FOLDER } from '../../server/db/database'
import { createHttpApp, startApi as startServerApi } from '../../server/server'
import { ensureCommunity } from '../../server/store/communities'
import { createDatabase, databaseName } from '../support/postgres'
import { HOUR, startApi, type TestApi } from './support/api-server'
import { spawnServer, type ServerProcess } from './support/server-process'
import { usingPostgres } from './support/test-database'

jest.setTimeout(180_000)

const report = { category: '设施报修', description: '5 号楼楼道灯不亮', place: '月湾湖社区 5 号楼 2 单元' }

let api: TestApi
beforeEach(async () => {
  api = await startApi({ limits: { reportsPerDay: 100 } })
})
afterEach(() => api.close())

async function post(base: string, token: string): Promise<{ status: number; number: string | null }> {
  const res = await fetch(`${base}/api/reports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(report),
  })
  const body = (await res.json()) as { report?: { number: string } }
  return { status: res.status, number: body.report?.number ?? null }
}

async function residentOn(base: string, deviceId: string): Promise<string> {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'resident', deviceId }),
  })
  return sessionResponseSchema.parse(await res.json()).token
}

/** The sequences per day of these numbers, each day's sorted — consecutive from 1 when nothing was skipped. */
function sequencesByDay(numbers: string[]): Map<string, number[]> {
  const days = new Map<string, number[]>()
  for (const n of numbers) {
    const parts = parseReportNumber(n)
    expect(parts).toMatchObject({ code: 'YWH' })
    days.set(parts!.day, [...(days.get(parts!.day) ?? []), parts!.sequence])
  }
  for (const list of days.values()) list.sort((a, b) => a - b)
  return days
}

/** 40 reports from 5 residents, sent all at once, alternately to the two servers; every one must get a number. */
async function concurrentCreates(bases: [string, string]): Promise<string[]> {
  const tokens = await Promise.all(
    Array.from({ length: 5 }, (_, i) => residentOn(bases[i % 2], `numbers-device-${i}-0123456789`)),
  )
  const sent = await Promise.all(Array.from({ length: 40 }, (_, i) => post(bases[i % 2], tokens[i % 5])))
  expect(sent.map((s) => s.status)).toEqual(Array(40).fill(201))
  return sent.map((s) => s.number!)
}

function expectConsecutive(numbers: string[]) {
  expect(new Set(numbers).size).toBe(numbers.length)
  for (const list of sequencesByDay(numbers).values()) {
    expect(list).toEqual(Array.from({ length: list.length }, (_, i) => i + 1))
  }
}

describe('a number for every report', () => {
  it('is YWH-<China-time day>-0001, 0002 … and starts again at 0001 the next China-time day', async () => {
    const alice = await api.residentToken()
    // START is 2026-05-01 09:00 in China; 15 hours later it is 00:00 on 05-02 there (16:00 UTC on 05-01).
    const first = reportResponseSchema.parse(
      (await api.call('POST', '/api/reports', { token: alice, body: report })).body,
    )
    api.clock.advance(HOUR)
    const second = (await api.call('POST', '/api/reports', { token: alice, body: report })).body
    api.clock.advance(14 * HOUR)
    const nextDay = (await api.call('POST', '/api/reports', { token: alice, body: report })).body
    expect([first.report.number, second.report.number, nextDay.report.number]).toEqual([
      'YWH-20260501-0001',
      'YWH-20260501-0002',
      'YWH-20260502-0001',
    ])
    const list = reportListResponseSchema.parse((await api.call('GET', '/api/reports', { token: alice })).body)
    expect(list.reports.map((r) => r.number)).toEqual(['YWH-20260502-0001', 'YWH-20260501-0002', 'YWH-20260501-0001'])
  })

  if (usingPostgres()) {
    it('is unique and consecutive under 40 concurrent creates across two server processes on one PostgreSQL', async () => {
      const url = await createDatabase(process.env.TEST_DATABASE_URL!, databaseName('report-numbers-processes'))
      const env = { DATABASE_URL: url, LIMIT_REPORTS_PER_DAY: '100', LIMIT_RESIDENT_SESSIONS_PER_ADDRESS: '100' }
      const servers: ServerProcess[] = await Promise.all([spawnServer(env), spawnServer(env)])
      try {
        for (const s of servers) expect((await fetch(`${s.base}/api/ready`)).status).toBe(200)
        expectConsecutive(await concurrentCreates([servers[0].base, servers[1].base]))
      } finally {
        for (const s of servers) {
          s.kill('SIGKILL')
          await s.exited
        }
      }
    })
  } else {
    it('is unique and consecutive under 40 concurrent creates across two server app instances in one process over the one embedded database (PGlite allows one process per data dir)', async () => {
      const ctx = api.running.ctx
      const other = await startServerApi({
        config: ctx.config,
        database: api.database,
        now: () => api.clock.now,
        logger: pino({ level: 'silent' }),
      })
      const server = createHttpApp(other.ctx).listen(0, '127.0.0.1')
      await once(server, 'listening')
      try {
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
        expectConsecutive(await concurrentCreates([api.base, base]))
      } finally {
        server.closeAllConnections()
        await new Promise((resolve) => server.close(resolve))
        await other.close()
      }
    })
  }
})

describe('finding a report by its number', () => {
  const find = (token: string, number: string) =>
    api.call('GET', `/api/reports?number=${encodeURIComponent(number)}`, { token })

  it('a worker finds their community’s report, also typed in lower case with spaces', async () => {
    const alice = await api.residentToken()
    const sent = (await api.call('POST', '/api/reports', { token: alice, body: report })).body.report
    const worker = await api.workerToken()
    const found = reportListResponseSchema.parse((await find(worker, ' ywh-20260501-0001 ')).body)
    expect(found.reports.map((r) => r.id)).toEqual([sent.id])
    expect(found.nextCursor).toBeNull()
    expect((await find(worker, 'YWH-20260501-0002')).body.reports).toEqual([])
  })

  it('a resident finds only their own; another community’s worker gets nothing', async () => {
    const alice = await api.residentToken()
    const bob = await api.residentToken()
    await api.call('POST', '/api/reports', { token: alice, body: report })
    expect((await find(alice, 'YWH-20260501-0001')).body.reports).toHaveLength(1)
    expect(await find(bob, 'YWH-20260501-0001')).toMatchObject({ status: 200, body: { reports: [] } })

    await ensureCommunity(api.database.db, { id: 'other-community', name: '别的社区' })
    const { token: stranger } = await api.newWorker({ community: 'other-community', name: '外社区社工' })
    expect(await find(stranger, 'YWH-20260501-0001')).toMatchObject({ status: 200, body: { reports: [] } })
  })

  it('refuses what is not a number, saying what one looks like', async () => {
    const worker = await api.workerToken()
    for (const bad of ['42', 'YWH-20261301-0001', 'YWH-20261201-0000', '']) {
      expect(await find(worker, bad)).toMatchObject({
        status: 400,
        body: { fields: { number: expect.stringContaining('YWH-20261201-0042') } },
      })
    }
  })
})

describe('the migration that added numbers', () => {
  /** The SQL statements of one migration file, as drizzle splits them. */
  const statements = (file: string) =>
    fs.readFileSync(path.join(MIGRATIONS_FOLDER, file), 'utf8').split('--> statement-breakpoint')

  it('numbers the reports that were there before, per community and China-time day, and counts on from them', async () => {
    const files = fs
      .readdirSync(MIGRATIONS_FOLDER)
      .filter((f) => f.endsWith('.sql'))
      .sort()
    const index = files.findIndex((f) => f.includes('report_numbers'))
    const db = new PGlite()
    try {
      for (const file of files.slice(0, index)) for (const s of statements(file)) await db.exec(s)
      await db.exec(`
        INSERT INTO communities (id, name) VALUES ('yuewanhu', '月湾湖社区'), ('he-xi', '河西社区');
        INSERT INTO reports (id, community, owner_id, category, description, place, status, created_at, updated_at) VALUES
          ('b', 'yuewanhu', 'o', '其他', 'd', 'p', 'submitted', '2026-11-30T16:30:00Z', '2026-11-30T16:30:00Z'),
          ('a', 'yuewanhu', 'o', '其他', 'd', 'p', 'submitted', '2026-11-30T15:59:00Z', '2026-11-30T15:59:00Z'),
          ('c', 'yuewanhu', 'o', '其他', 'd', 'p', 'submitted', '2026-12-01T02:00:00Z', '2026-12-01T02:00:00Z'),
          ('d', 'he-xi', 'o', '其他', 'd', 'p', 'submitted', '2026-12-01T02:00:00Z', '2026-12-01T02:00:00Z');
      `)
      for (const s of statements(files[index])) await db.exec(s)
      const numbers = await db.query<{ id: string; number: string }>('SELECT id, number FROM reports ORDER BY id')
      expect(numbers.rows).toEqual([
        { id: 'a', number: 'YWH-20261130-0001' },
        { id: 'b', number: 'YWH-20261201-0001' },
        { id: 'c', number: 'YWH-20261201-0002' },
        { id: 'd', number: 'HEXI-20261201-0001' },
      ])
      const counters = await db.query<{ community_id: string; day: string; last: number }>(
        "SELECT community_id, to_char(day, 'YYYY-MM-DD') AS day, last FROM report_counters ORDER BY 1, 2",
      )
      expect(counters.rows).toEqual([
        { community_id: 'he-xi', day: '2026-12-01', last: 1 },
        { community_id: 'yuewanhu', day: '2026-11-30', last: 1 },
        { community_id: 'yuewanhu', day: '2026-12-01', last: 2 },
      ])
    } finally {
      await db.close()
    }
  })
})
