// `npm run db:import -- <store.json>`: brings the old mock server's JSON store (version 1, photos as files beside it)
// into the database in one transaction — notices with history, reports with timeline and photos; skips what exists.
import fs from 'node:fs'
import path from 'node:path'
import { inArray } from 'drizzle-orm'
import { z } from 'zod'
import { noticeRecordSchema, type NoticeRecord } from '../../src/domain/notice/schema'
import { MAX_PHOTO_BYTES, PHOTO_TYPES, reportRecordSchema, type PhotoType } from '../../src/domain/report'
import { readConfig } from '../config'
import { openDatabase, type Database, type Db } from '../db/database'
import { notices, photos, reports } from '../db/schema'
import { DEFAULT_DATA_DIR } from '../server'
import { ensureCommunity } from '../store/communities'
import { insertNotice } from '../store/notices'
import { attachPhotos, databasePhotoBytes, insertPhoto, type PhotoBytes } from '../store/photos'
import { insertReport, nextReportNumber } from '../store/reports'

/** The old store's shape (mock/store.ts, version 1); sessions and idempotency keys are counted, not imported. */
export const oldStoreSchema = z.object({
  version: z.literal(1),
  notices: z.array(noticeRecordSchema),
  /** The old store had no report numbers: each imported report gets the next of its day's. */
  reports: z.array(reportRecordSchema.omit({ number: true })),
  sessions: z.array(z.object({}).passthrough()),
  idempotency: z.array(z.object({}).passthrough()),
})
export type OldStore = z.infer<typeof oldStoreSchema>

const EXTENSIONS: Record<PhotoType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }

/** The store file cannot be imported: nothing was written. */
export class StoreFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StoreFileError'
  }
}

export interface ImportSummary {
  file: string
  community: string
  notices: { imported: number; skipped: number }
  /** Notices stored with no history at all: a 'create' entry (their author, at createdAt) was added. */
  historyAdded: number
  reports: { imported: number; skipped: number }
  photos: { imported: number; skipped: number }
  /** Photos of imported reports left out: no file beside the store, an empty or too large one, or an id in use. */
  problems: string[]
  sessionsSkipped: number
  idempotencySkipped: number
}

/** Reads and checks the whole file; throws StoreFileError naming the file and the first bad field. */
export function readStoreFile(file: string): OldStore {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new StoreFileError(`无法读取 / cannot read ${file}: ${(error as Error).message}`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new StoreFileError(`${file} 不是有效的 JSON / is not valid JSON (${(error as Error).message})`)
  }
  const result = oldStoreSchema.safeParse(parsed)
  if (!result.success) {
    const first = result.error.issues[0]
    throw new StoreFileError(
      `${file} 不符合旧存储格式 / does not match the store format: ${first.path.join('.') || '(top level)'}: ${first.message}`,
    )
  }
  for (const list of ['notices', 'reports'] as const) {
    const seen = new Set<string>()
    for (const [index, record] of result.data[list].entries()) {
      if (seen.has(record.id)) {
        throw new StoreFileError(
          `${file} 不符合旧存储格式 / does not match the store format: ${list}.${index}.id: 重复的编号 / duplicate id "${record.id}"`,
        )
      }
      seen.add(record.id)
    }
  }
  return result.data
}

interface PhotoFile {
  id: string
  type: PhotoType
  data: Buffer
}

/** The photo's file beside the store (`photos/<id>.<ext>`), its own type's extension first; null when absent. */
function readPhotoFile(photoDir: string, id: string, type: PhotoType): PhotoFile | null {
  for (const candidate of [type, ...PHOTO_TYPES.filter((t) => t !== type)]) {
    try {
      return { id, type: candidate, data: fs.readFileSync(path.join(photoDir, `${id}.${EXTENSIONS[candidate]}`)) }
    } catch {
      // not under this extension
    }
  }
  return null
}

export interface ImportOptions {
  community: { id: string; name: string }
  photoBytes?: PhotoBytes
}

/** Imports `file` into `db`: all of it that is new in one transaction, or nothing (StoreFileError, database error). */
export async function importStore(db: Db, file: string, options: ImportOptions): Promise<ImportSummary> {
  const store = readStoreFile(file)
  const community = options.community.id
  const photoBytes = options.photoBytes ?? databasePhotoBytes
  const photoDir = path.join(path.dirname(file), 'photos')
  const summary: ImportSummary = {
    file,
    community,
    notices: { imported: 0, skipped: 0 },
    historyAdded: 0,
    reports: { imported: 0, skipped: 0 },
    photos: { imported: 0, skipped: 0 },
    problems: [],
    sessionsSkipped: store.sessions.length,
    idempotencySkipped: store.idempotency.length,
  }
  // Read every photo file before writing anything; a report's problems are told only if it is imported.
  const files = new Map<string, { found: PhotoFile[]; problems: string[] }>()
  for (const report of store.reports) {
    const found: PhotoFile[] = []
    const problems: string[] = []
    for (const ref of report.photos) {
      const photo = readPhotoFile(photoDir, ref.id, ref.type)
      const name = path.join('photos', `${ref.id}.${EXTENSIONS[ref.type]}`)
      if (!photo) problems.push(`报修 ${report.id}：缺少照片 / missing photo ${name}`)
      else if (photo.data.length === 0 || photo.data.length > MAX_PHOTO_BYTES)
        problems.push(`报修 ${report.id}：照片大小不对 / photo ${name} is ${photo.data.length} bytes`)
      else found.push(photo)
    }
    files.set(report.id, { found, problems })
  }
  await db.transaction(async (tx) => {
    await ensureCommunity(tx, options.community)
    const ids = async (table: typeof notices | typeof reports | typeof photos, wanted: string[]) =>
      wanted.length === 0
        ? new Set<string>()
        : new Set((await tx.select({ id: table.id }).from(table).where(inArray(table.id, wanted))).map((r) => r.id))
    const knownNotices = await ids(
      notices,
      store.notices.map((n) => n.id),
    )
    for (const notice of store.notices) {
      if (knownNotices.has(notice.id)) {
        summary.notices.skipped++
        continue
      }
      // insertNotice writes the history rows and needs at least one: a notice without any gets its 'create' entry.
      const record: NoticeRecord =
        notice.history.length > 0
          ? notice
          : { ...notice, history: [{ at: notice.createdAt, by: notice.author, action: 'create', changes: {} }] }
      if (record !== notice) summary.historyAdded++
      await insertNotice(tx, community, record)
      summary.notices.imported++
    }
    const knownReports = await ids(
      reports,
      store.reports.map((r) => r.id),
    )
    const knownPhotos = await ids(
      photos,
      [...files.values()].flatMap((f) => f.found.map((p) => p.id)),
    )
    for (const report of store.reports) {
      if (knownReports.has(report.id)) {
        summary.reports.skipped++
        summary.photos.skipped += report.photos.length
        continue
      }
      const number = await nextReportNumber(tx, community, report.createdAt)
      await insertReport(tx, community, { ...report, number, photos: [] })
      const { found, problems } = files.get(report.id) ?? { found: [], problems: [] }
      summary.problems.push(...problems)
      summary.photos.skipped += problems.length
      const attached: string[] = []
      for (const photo of found) {
        if (knownPhotos.has(photo.id)) {
          summary.problems.push(`报修 ${report.id}：照片编号已被占用 / photo id ${photo.id} already in use`)
          summary.photos.skipped++
          continue
        }
        const now = new Date(report.createdAt)
        await insertPhoto(tx, photoBytes, { ...photo, community, ownerId: report.ownerId, now })
        attached.push(photo.id)
      }
      if (!(await attachPhotos(tx, attached, { community, ownerId: report.ownerId }, report.id))) {
        throw new Error(`报修 ${report.id} 的照片无法关联 / could not attach the photos of report ${report.id}`)
      }
      summary.photos.imported += attached.length
      summary.reports.imported++
    }
  })
  return summary
}

export function describeSummary(s: ImportSummary): string[] {
  return [
    `导入 / imported ${s.file} → 社区 / community ${s.community}`,
    `通知 / notices: 导入 ${s.notices.imported} imported, 跳过 ${s.notices.skipped} skipped (already present)` +
      (s.historyAdded > 0 ? `; ${s.historyAdded} had no history and got a 'create' entry` : ''),
    `报修 / reports: 导入 ${s.reports.imported} imported, 跳过 ${s.reports.skipped} skipped (already present)`,
    `照片 / photos: 导入 ${s.photos.imported} imported, 跳过 ${s.photos.skipped} skipped, ${s.problems.length} problem(s)`,
    ...s.problems.map((p) => `  ! ${p}`),
    `会话未导入 / sessions not imported: ${s.sessionsSkipped} — 居民和工作人员需重新登录 / residents and workers sign in again`,
    `幂等键未导入 / idempotency keys not imported: ${s.idempotencySkipped}`,
  ]
}

async function main(argv: string[]): Promise<void> {
  const file = argv[0]
  if (!file || argv.length > 1) {
    console.error('用法 / usage: npm run db:import -- <path/to/store.json>')
    process.exit(1)
  }
  let database: Database | null = null
  try {
    const config = readConfig(process.env, { dataDir: DEFAULT_DATA_DIR })
    const resolved = path.resolve(file)
    readStoreFile(resolved) // refuse a bad file before opening (and maybe creating) a database
    database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir })
    const summary = await importStore(database.db, resolved, { community: config.community })
    for (const line of describeSummary(summary)) console.log(line)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`导入失败，数据库未改动 / import failed, nothing written: ${message.replace(/\s+/g, ' ')}`)
    process.exitCode = 1
  } finally {
    await database?.close()
  }
}

if (require.main === module) void main(process.argv.slice(2))
