/**
 * @jest-environment node
 */
// `npm run db:import`: an old JSON store (notices with history, a report with its photo file) lands in the database
// once — a second run imports nothing — and a corrupt or non-matching file is refused by name with nothing written.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { applyNoticePatch, createNotice } from '@/domain/notice/lifecycle'
import { type NoticeRecord } from '@/domain/notice/schema'
import { applyReportUpdate, createReport } from '@/domain/report-lifecycle'
import { type ReportRecord } from '@/domain/report'
import type { Database } from '../../server/db/database'
import { testDatabase } from './support/test-database'
import { importStore, StoreFileError, type OldStore } from '../../server/cli/import-store'
import { loadNotice } from '../../server/store/notices'
import { databasePhotoBytes, type PhotoBytes } from '../../server/store/photos'
import { loadReport } from '../../server/store/reports'

const COMMUNITY = { id: 'yuewanhu', name: '月湾湖社区' }
const worker = { id: 'worker-1', name: '王老师' }
const T0 = new Date('2026-04-01T02:00:00.000Z')
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)
const PHOTO_ID = 'photo-0123456789abcdef'
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('not really a jpeg, only bytes')])

let database: Database
let dir: string

beforeEach(async () => {
  database = await testDatabase()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-store-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

function notices(): NoticeRecord[] {
  const first = createNotice({ category: '通知', title: '5 月 2 日停水通知', body: '8:00–12:00 停水。' }, 'notice-1', {
    by: worker,
    now: T0,
  })
  const second = createNotice({ category: '活动', title: '端午包粽子', body: '社区活动室。' }, 'notice-2', {
    by: worker,
    now: later(5),
  })
  if (!first.ok || !second.ok) throw new Error('fixture notices')
  const edited = applyNoticePatch(
    second.notice,
    { title: '端午包粽子（改到周六）', pinned: true },
    {
      by: worker,
      now: later(30),
    },
  )
  if (!edited.ok) throw new Error('fixture edit')
  return [first.notice, edited.notice]
}

function report(): ReportRecord {
  const created = createReport(
    { category: '设施报修', description: '3 号楼电梯不亮灯', place: '3 号楼', photos: [] },
    {
      id: 'report-1',
      number: 'YWH-00000000-0000',
      ownerId: 'owner-abc',
      photos: [{ id: PHOTO_ID, type: 'image/jpeg', bytes: PHOTO.length }],
      now: T0,
    },
  )
  const accepted = applyReportUpdate(created, { status: 'accepted', reply: '已派师傅' }, worker, later(10))
  if (!accepted.ok) throw new Error('fixture report')
  return accepted.report
}

function writeStore(store: OldStore | string, { photo = true }: { photo?: boolean } = {}): string {
  const file = path.join(dir, 'store.json')
  fs.writeFileSync(file, typeof store === 'string' ? store : JSON.stringify(store))
  if (photo) {
    fs.mkdirSync(path.join(dir, 'photos'))
    fs.writeFileSync(path.join(dir, 'photos', `${PHOTO_ID}.jpg`), PHOTO)
  }
  return file
}

const oldStore = (): OldStore => ({
  version: 1,
  notices: notices(),
  reports: [report()],
  sessions: [
    { tokenHash: 'abc', role: 'resident', subject: 'owner-abc', name: null, expiresAt: later(60).toISOString() },
  ],
  idempotency: [{ scope: 'notices', key: 'k1', bodyHash: 'h', resourceId: 'notice-1', createdAt: T0.toISOString() }],
})

async function counts() {
  const result = await database.db.execute(
    sql.raw(
      `SELECT (SELECT count(*) FROM notices) AS notices, (SELECT count(*) FROM notice_history) AS history,
              (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM report_events) AS events,
              (SELECT count(*) FROM photos) AS photos, (SELECT count(*) FROM sessions) AS sessions`,
    ),
  )
  const [row] = (result as unknown as { rows: Record<string, string | number>[] }).rows
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]))
}

describe('db:import', () => {
  it('brings notices with their history and a report with its timeline and photo across', async () => {
    const store = oldStore()
    const file = writeStore(store)
    const summary = await importStore(database.db, file, { community: COMMUNITY })
    expect(summary).toMatchObject({
      notices: { imported: 2, skipped: 0 },
      reports: { imported: 1, skipped: 0 },
      photos: { imported: 1, skipped: 0 },
      problems: [],
      sessionsSkipped: 1,
      idempotencySkipped: 1,
    })
    for (const notice of store.notices) {
      expect(await loadNotice(database.db, COMMUNITY.id, notice.id)).toEqual(notice)
    }
    const edited = await loadNotice(database.db, COMMUNITY.id, 'notice-2')
    expect(edited?.history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'edit']))
    // Photos from before the content checks count as passed.
    const report = store.reports[0]
    // The old store had no numbers: an imported report gets the next of its China-time day's.
    expect(await loadReport(database.db, COMMUNITY.id, 'report-1')).toEqual({
      ...report,
      number: 'YWH-20260401-0001',
      photos: report.photos.map((p) => ({ ...p, check: 'passed' })),
    })
    expect(await databasePhotoBytes.load(database.db, PHOTO_ID)).toEqual(PHOTO)
    expect(await counts()).toMatchObject({ sessions: 0 })
  })

  it('imports nothing new when run again', async () => {
    const file = writeStore(oldStore())
    await importStore(database.db, file, { community: COMMUNITY })
    const before = await counts()
    const again = await importStore(database.db, file, { community: COMMUNITY })
    expect(again).toMatchObject({
      notices: { imported: 0, skipped: 2 },
      reports: { imported: 0, skipped: 1 },
      photos: { imported: 0, skipped: 1 },
    })
    expect(await counts()).toEqual(before)
  })

  it('reports a missing photo file and imports the report without it', async () => {
    const file = writeStore(oldStore(), { photo: false })
    const summary = await importStore(database.db, file, { community: COMMUNITY })
    expect(summary.reports.imported).toBe(1)
    expect(summary.photos.imported).toBe(0)
    expect(summary.problems).toEqual([expect.stringContaining(`photos/${PHOTO_ID}.jpg`)])
    expect((await loadReport(database.db, COMMUNITY.id, 'report-1'))?.photos).toEqual([])
  })

  it('refuses a corrupt file by name, writing nothing', async () => {
    const file = writeStore('{"version":1,"notices":[')
    const before = await counts()
    await expect(importStore(database.db, file, { community: COMMUNITY })).rejects.toThrow(StoreFileError)
    await expect(importStore(database.db, file, { community: COMMUNITY })).rejects.toThrow(
      `${file} 不是有效的 JSON / is not valid JSON`,
    )
    expect(await counts()).toEqual(before)
  })

  it('refuses a store that does not match, naming the first bad field, writing nothing', async () => {
    const store = oldStore()
    const bad = { ...store, notices: [store.notices[0], { ...store.notices[1], publishAt: 'yesterday' }] }
    const file = writeStore(JSON.stringify(bad))
    const before = await counts()
    await expect(importStore(database.db, file, { community: COMMUNITY })).rejects.toThrow(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} .*: notices\\.1\\.publishAt: `),
    )
    expect(await counts()).toEqual(before)
  })

  it('writes nothing when the database fails half-way', async () => {
    const file = writeStore(oldStore())
    const failing: PhotoBytes = {
      ...databasePhotoBytes,
      save: () => Promise.reject(new Error('disk full')),
    }
    const before = await counts()
    await expect(importStore(database.db, file, { community: COMMUNITY, photoBytes: failing })).rejects.toThrow(
      'disk full',
    )
    expect(await counts()).toEqual(before)
  })
})
