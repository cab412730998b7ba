/**
 * @jest-environment node
 */
// A resident deletes a report of theirs, or all their data (删除我的全部数据), and the server keeps finished reports
// only for REPORT_RETENTION_DAYS: each proved by reading the tables themselves — rows, status events, photo bytes.
import { sql } from 'drizzle-orm'
import { API_PATHS, privacyResponseSchema, reportResponseSchema } from '@/domain/api-contract'
import { cleanUp } from '../../server/store/clean-up'
import { HOUR, jpegBytes, startApi, type TestApi } from './support/api-server'

let api: TestApi
let worker: string
let alice: string
let bob: string
const ALICE_DEVICE = 'alice-phone-0123456789'
beforeEach(async () => {
  api = await startApi()
  worker = await api.workerToken()
  alice = await api.residentToken(ALICE_DEVICE)
  bob = await api.residentToken('bob-phone-0123456789ab')
})
afterEach(() => api.close())

const DAY = 24 * HOUR
const body = { category: '设施报修', description: '5 号楼楼道灯不亮', place: '月湾湖社区 5 号楼 2 单元' }

async function rows<T = Record<string, unknown>>(query: string): Promise<T[]> {
  const result = await api.database.db.execute(sql.raw(query))
  return (result as unknown as { rows: T[] }).rows
}

/** A report with `photos` photos (uploaded with idempotency keys), sent by `token`; its id and photo ids. */
async function submit(token: string, photos = 1, description = body.description) {
  const photoIds: string[] = []
  for (let i = 0; i < photos; i++) {
    const up = await api.uploadPhoto(token, await jpegBytes(40 + i), { key: `photo-key-${description.length}-${i}x` })
    photoIds.push(up.body.photo.id)
  }
  const res = await api.call('POST', '/api/reports', {
    token,
    body: { ...body, description, ...(photoIds.length ? { photoIds } : {}) },
    headers: { 'Idempotency-Key': `report-key-${Math.random().toString(36).slice(2, 10)}` },
  })
  expect(res.status).toBe(201)
  return { id: reportResponseSchema.parse(res.body).report.id, photoIds }
}

/** The subject (owner id) behind a token, read from the sessions table. */
async function subjectOf(token: string): Promise<string> {
  const crypto = await import('node:crypto')
  const hash = crypto.createHash('sha256').update(token, 'utf8').digest('hex')
  const [row] = await rows<{ subject: string }>(`SELECT subject FROM sessions WHERE token_hash = '${hash}'`)
  return row.subject
}

/** Every table of the database, as the server's migrations made them (a new table is counted without listing it). */
async function allTables(): Promise<string[]> {
  const found = await rows<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )
  return found.map((t) => t.name)
}

/** Rows of `table` in which `text` appears in any column (the whole row as text). */
async function rowsMentioning(table: string, text: string): Promise<number> {
  const [row] = await rows<{ n: number }>(
    `SELECT count(*)::int AS n FROM "${table}" t WHERE t::text LIKE '%${text.replace(/'/g, "''")}%'`,
  )
  return row.n
}

describe('a resident deletes one report of theirs', () => {
  it('removes its row, its status events and its photos, bytes included; other reports stay', async () => {
    const mine = await submit(alice, 2)
    const kept = await submit(alice, 0, '小区门口井盖松动')
    await api.call('PATCH', API_PATHS.report(mine.id), { token: worker, body: { status: 'accepted', reply: '已派人' } })
    expect(await rows(`SELECT seq FROM report_events WHERE report_id = '${mine.id}'`)).toHaveLength(2)
    const listed = (await api.call('GET', '/api/reports', { token: worker })).body.reports
    const photoUrl: string = listed.find((r: { id: string }) => r.id === mine.id).photos[0].url
    expect((await api.call('GET', photoUrl)).status).toBe(200)

    expect((await api.call('DELETE', API_PATHS.report(mine.id), { token: alice })).status).toBe(204)

    expect(await rows(`SELECT id FROM reports WHERE id = '${mine.id}'`)).toEqual([])
    expect(await rows(`SELECT seq FROM report_events WHERE report_id = '${mine.id}'`)).toEqual([])
    const ids = mine.photoIds.map((p) => `'${p}'`).join(',')
    expect(await rows(`SELECT id FROM photos WHERE id IN (${ids})`)).toEqual([])
    expect(await rows(`SELECT id FROM photos WHERE data IS NOT NULL`)).toEqual([])
    const left = await api.call('GET', '/api/reports', { token: alice })
    expect(left.body.reports.map((r: { id: string }) => r.id)).toEqual([kept.id])
    // The worker who was handling it: the list still loads without it, and an update finds nothing.
    const list = await api.call('GET', '/api/reports', { token: worker })
    expect(list.status).toBe(200)
    expect(list.body.reports.map((r: { id: string }) => r.id)).toEqual([kept.id])
    const update = await api.call('PATCH', API_PATHS.report(mine.id), { token: worker, body: { status: 'resolved' } })
    expect(update.status).toBe(404)
    // The signed URL the worker was given no longer shows anything.
    expect((await api.call('GET', photoUrl)).status).toBe(403)
  })

  it('refuses another resident’s report with the same 404 as a missing one, and deletes nothing', async () => {
    const alices = await submit(alice, 1)
    const other = await api.call('DELETE', API_PATHS.report(alices.id), { token: bob })
    const missing = await api.call('DELETE', API_PATHS.report('no-such-report-000000'), { token: bob })
    expect(other.status).toBe(404)
    expect(other.body).toEqual(missing.body)
    expect(await api.count('reports')).toBe(1)
    expect(await api.count('report_events')).toBe(1)
    expect(await rows(`SELECT id FROM photos WHERE data IS NOT NULL`)).toHaveLength(1)
    // Nor may a worker delete it through this route (it is not theirs), nor anyone without a token.
    expect((await api.call('DELETE', API_PATHS.report(alices.id), { token: worker })).status).toBe(404)
    expect((await api.call('DELETE', API_PATHS.report(alices.id))).status).toBe(401)
    expect(await api.count('reports')).toBe(1)
  })
})

describe('删除我的全部数据', () => {
  it('leaves nothing of the resident in any table, ends the token, and a second call is harmless', async () => {
    const subject = await subjectOf(alice)
    const report = await submit(alice, 2, '阿丽丝的私密描述-唯一文字')
    await api.uploadPhoto(alice, await jpegBytes(70)) // not in any report yet
    await api.call('PATCH', API_PATHS.report(report.id), { token: worker, body: { status: 'in-progress' } })
    const bobs = await submit(bob, 1, '鲍勃的报告')
    const before = { reports: await api.count('reports'), photos: await api.count('photos') }
    expect(before).toEqual({ reports: 2, photos: 4 })

    expect((await api.call('DELETE', API_PATHS.me, { token: alice })).status).toBe(204)

    // Table by table, the whole row as text: nothing names the subject, the report, its photos or its words. Only the
    // rate counters keep a count under the subject (kept on purpose: deleting them would reset the daily limits).
    const traces = [subject, report.id, ...report.photoIds, '阿丽丝的私密描述']
    const tables = await allTables()
    expect(tables).toEqual(expect.arrayContaining(['reports', 'report_events', 'photos', 'sessions']))
    for (const table of tables) {
      if (table === 'rate_counters') continue
      for (const trace of traces) {
        expect({ table, trace, rows: await rowsMentioning(table, trace) }).toEqual({ table, trace, rows: 0 })
      }
    }
    const counters = await rows<{ bucket: string }>(`SELECT bucket FROM rate_counters`)
    expect(
      counters.filter((c) => c.bucket.includes(subject)).every((c) => /^(reports|photo-bytes):/.test(c.bucket)),
    ).toBe(true)
    // Bob's report is untouched.
    expect(await rows(`SELECT id FROM reports`)).toEqual([{ id: bobs.id }])
    expect(await rows(`SELECT id FROM photos WHERE data IS NOT NULL`)).toHaveLength(1)

    // The token is refused; a repeat with it is a plain 401, and with a new token of the same phone a plain 204.
    expect((await api.call('GET', '/api/reports', { token: alice })).status).toBe(401)
    expect((await api.call('DELETE', API_PATHS.me, { token: alice })).status).toBe(401)
    const again = await api.residentToken(ALICE_DEVICE)
    expect((await api.call('DELETE', API_PATHS.me, { token: again })).status).toBe(204)
    expect(await api.count('reports')).toBe(1)
    expect((await api.call('GET', '/api/reports', { token: bob })).body.reports).toHaveLength(1)
  })

  it('is for residents: a worker is refused (403) and keeps their session', async () => {
    const res = await api.call('DELETE', API_PATHS.me, { token: worker })
    expect(res.status).toBe(403)
    expect((await api.call('GET', '/api/reports', { token: worker })).status).toBe(200)
    expect((await api.call('DELETE', API_PATHS.me)).status).toBe(401)
  })
})

describe('retention of finished reports', () => {
  it('tells the app the configured number of days', async () => {
    const res = await api.call('GET', API_PATHS.privacy)
    expect(res.status).toBe(200)
    expect(privacyResponseSchema.parse(res.body)).toEqual({ reportRetentionDays: 365 })
    await api.close()
    api = await startApi({ config: { reportRetentionDays: 30 } })
    expect((await api.call('GET', API_PATHS.privacy)).body).toEqual({ reportRetentionDays: 30 })
  })

  it('keeps a report finished 364 days ago, deletes one finished 366 days ago (photos too), keeps open ones', async () => {
    const early = await submit(alice, 1, '早办结的报告')
    const open = await submit(bob, 1, '一直没办结的报告')
    await api.call('PATCH', API_PATHS.report(early.id), { token: worker, body: { status: 'resolved' } })
    api.clock.advance(2 * DAY)
    const late = await submit(alice, 0, '晚两天办结的报告')
    const worker2 = await api.workerToken()
    await api.call('PATCH', API_PATHS.report(late.id), { token: worker2, body: { status: 'resolved' } })
    // Now `late` was finished 364 days ago and `early` 366 days ago.
    api.clock.advance(364 * DAY)
    const { db } = api.database
    expect(await cleanUp(db, api.clock.now, { reportRetentionDays: 365 })).toMatchObject({ reports: 1 })
    const left = await rows<{ id: string }>(`SELECT id FROM reports ORDER BY id`)
    expect(left.map((r) => r.id).sort()).toEqual([late.id, open.id].sort())
    expect(await rows(`SELECT seq FROM report_events WHERE report_id = '${early.id}'`)).toEqual([])
    expect(await rows(`SELECT id FROM photos WHERE id = '${early.photoIds[0]}'`)).toEqual([])
    expect(await rows(`SELECT id FROM photos WHERE id = '${open.photoIds[0]}' AND data IS NOT NULL`)).toHaveLength(1)
    // A year on, the open report is still there.
    api.clock.advance(400 * DAY)
    await cleanUp(db, api.clock.now, { reportRetentionDays: 365 })
    expect((await rows<{ id: string }>(`SELECT id FROM reports`)).map((r) => r.id)).toEqual([open.id])
  })
})
