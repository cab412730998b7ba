// The mock API's store: all records in one JSON file under DATA_DIR (default .data/), rewritten atomically on every
// change (temp file, fsync, rename), photos as files beside it — so a restart loses nothing; or all in memory for tests.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { noticeRecordSchema } from '../src/domain/notice'
import { PHOTO_TYPES, reportRecordSchema, type PhotoType } from '../src/domain/report'

export const sessionRecordSchema = z.object({
  /** sha256 of the bearer token: the token itself is never stored. */
  tokenHash: z.string(),
  role: z.enum(['resident', 'worker']),
  /** A worker's id, or a resident's owner id (derived from their device id). */
  subject: z.string(),
  name: z.string().nullable(),
  expiresAt: z.string(),
})
export type SessionRecord = z.infer<typeof sessionRecordSchema>

export const idempotencyRecordSchema = z.object({
  /** Whose keys these are: 'notices' (every worker shares it), or 'reports:<owner id>'. */
  scope: z.string(),
  key: z.string(),
  bodyHash: z.string(),
  resourceId: z.string(),
  createdAt: z.string(),
})
export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>

export const storeDataSchema = z.object({
  version: z.literal(1),
  notices: z.array(noticeRecordSchema),
  reports: z.array(reportRecordSchema),
  sessions: z.array(sessionRecordSchema),
  idempotency: z.array(idempotencyRecordSchema),
})
export type StoreData = z.infer<typeof storeDataSchema>

export const emptyStoreData = (): StoreData => ({ version: 1, notices: [], reports: [], sessions: [], idempotency: [] })

export interface StoredPhoto {
  type: PhotoType
  bytes: Buffer
}

export interface Store {
  /** The current data; read-only — change it through update(). */
  read(): Readonly<StoreData>
  /**
   * Runs `change` on a copy of the data, saves the copy, then makes it current, and returns what `change` returned.
   * If saving fails, nothing changes and the error is thrown. Synchronous, so two requests never interleave.
   */
  update<T>(change: (data: StoreData) => T): T
  putPhoto(id: string, photo: StoredPhoto): void
  getPhoto(id: string): StoredPhoto | null
  /** The JSON file, or null in memory. */
  readonly file: string | null
}

const PHOTO_ID = /^[A-Za-z0-9_-]{16,64}$/
const EXTENSIONS: Record<PhotoType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }

const copy = (data: StoreData): StoreData => JSON.parse(JSON.stringify(data)) as StoreData

/** A store that lives and dies with the process (tests). */
export function openMemoryStore(initial: StoreData = emptyStoreData()): Store {
  let data = copy(initial)
  const photos = new Map<string, StoredPhoto>()
  return {
    file: null,
    read: () => data,
    update(change) {
      const draft = copy(data)
      const result = change(draft)
      data = draft
      return result
    },
    putPhoto(id, photo) {
      if (!PHOTO_ID.test(id)) throw new Error(`invalid photo id ${id}`)
      photos.set(id, { type: photo.type, bytes: Buffer.from(photo.bytes) })
    },
    getPhoto: (id) => photos.get(id) ?? null,
  }
}

let tempCounter = 0

/** Writes `file` so that it is either the old or the new content, never half of one, even if the process dies. */
export function writeFileAtomic(file: string, content: string | Buffer): void {
  const temp = `${file}.${process.pid}.${++tempCounter}.${crypto.randomBytes(4).toString('hex')}.tmp`
  try {
    const fd = fs.openSync(temp, 'w', 0o600)
    try {
      fs.writeFileSync(fd, content)
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    fs.renameSync(temp, file)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    throw error
  }
  syncDirectory(path.dirname(file))
}

/** Makes the rename itself durable where the platform allows it. */
function syncDirectory(dir: string): void {
  let fd: number | null = null
  try {
    fd = fs.openSync(dir, 'r')
    fs.fsyncSync(fd)
  } catch {
    // Not supported everywhere (e.g. Windows); the rename is still atomic.
  } finally {
    if (fd !== null) fs.closeSync(fd)
  }
}

export const STORE_FILE_NAME = 'store.json'

function load(file: string): StoreData {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyStoreData()
    throw error
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new Error(
      `${file} is not valid JSON (${(error as Error).message}); move it away to start with an empty store`,
    )
  }
  const result = storeDataSchema.safeParse(parsed)
  if (!result.success) {
    const first = result.error.issues[0]
    throw new Error(
      `${file} does not match the store schema (${first.path.join('.')}: ${first.message}); move it away to start with an empty store`,
    )
  }
  return result.data
}

/** The store in `dir` (created if missing): reads `store.json` once, then rewrites it atomically on every update. */
export function openFileStore(dir: string): Store {
  const root = path.resolve(dir)
  const file = path.join(root, STORE_FILE_NAME)
  const photoDir = path.join(root, 'photos')
  fs.mkdirSync(photoDir, { recursive: true, mode: 0o700 })
  let data = load(file)
  const photoFile = (id: string, type: PhotoType) => path.join(photoDir, `${id}.${EXTENSIONS[type]}`)
  return {
    file,
    read: () => data,
    update(change) {
      const draft = copy(data)
      const result = change(draft)
      writeFileAtomic(file, JSON.stringify(draft))
      data = draft
      return result
    },
    putPhoto(id, photo) {
      if (!PHOTO_ID.test(id)) throw new Error(`invalid photo id ${id}`)
      writeFileAtomic(photoFile(id, photo.type), photo.bytes)
    },
    getPhoto(id) {
      if (!PHOTO_ID.test(id)) return null
      for (const type of PHOTO_TYPES) {
        try {
          return { type, bytes: fs.readFileSync(photoFile(id, type)) }
        } catch {
          // not this type
        }
      }
      return null
    },
  }
}
