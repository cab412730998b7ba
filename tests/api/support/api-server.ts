// Starts the real API (server/server.ts) on a free port over this file's test database — or a data folder of its own
// — with one worker account (王社工, invited by the admin module and signed in once with WORKER_PASSPHRASE) and a clock
// the test moves, and wraps node's fetch for JSON and multipart calls.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import pino from 'pino'
import { sql } from 'drizzle-orm'
import { sessionResponseSchema } from '@/domain/api-contract'
import { type NoticeSummary } from '@/domain/notice/api'
import { DEFAULT_LIMITS, readConfig, type Limits, type ServerConfig } from '../../../server/config'
import { openDatabase, type Database } from '../../../server/db/database'
import { createHttpApp, startApi as startServerApi, type RunningApi } from '../../../server/server'
import { addWorker, type AddedWorker } from '../../../server/admin/workers'
import { hashPassphrase, redeemInvite } from '../../../server/store/workers'
import { testDatabase } from './test-database'

/** The passphrase the default worker (and every worker made by api.newWorker) has set. */
export const WORKER_PASSPHRASE = 'test-passphrase-2026'
export const WORKER_NAME = '王社工'
export const START = new Date('2026-05-01T01:00:00.000Z')
export const HOUR = 60 * 60 * 1000
export const MINUTE = 60 * 1000

// Response bodies are whatever the test expects; the contract tests parse them with the domain's zod schemas.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Reply<T = any> {
  status: number
  body: T
  headers: Headers
}

export interface CallOptions {
  token?: string
  body?: unknown
  /** Sent as is instead of JSON.stringify(body). */
  raw?: string | FormData | Buffer
  headers?: Record<string, string>
}

export interface StartOptions {
  /** A data folder for an embedded database of its own (restart tests); otherwise the file's shared database. */
  dataDir?: string
  /** Keep the rows the previous startApi of this file left (a restart); otherwise the database starts empty. */
  keepData?: boolean
  limits?: Partial<Limits>
  config?: Partial<ServerConfig>
  /** false: no default worker account (a server nobody has been invited to yet). */
  worker?: false
  /** The server's logger; silent by default. */
  logger?: pino.Logger
}

export interface TestApi {
  base: string
  running: RunningApi
  database: Database
  clock: { now: Date; advance(ms: number): void }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call<T = any>(method: string, path: string, options?: CallOptions): Promise<Reply<T>>
  /** The default worker (王社工 of the default community, active with WORKER_PASSPHRASE). */
  worker: { id: string; login: string; name: string }
  /** A token of the default worker, signed in with login + passphrase. */
  workerToken(): Promise<string>
  /** A new invite from the admin module (at the server's clock). */
  invite(input?: { community?: string; name?: string }): Promise<AddedWorker>
  /** A new worker who has used their invite with WORKER_PASSPHRASE (over HTTP), and their token. */
  newWorker(input?: { community?: string; name?: string }): Promise<{ added: AddedWorker; token: string }>
  residentToken(deviceId?: string): Promise<string>
  /** Uploads bytes as the photo field of a multipart body. */
  uploadPhoto(token: string, bytes: Buffer, options?: { key?: string; type?: string }): Promise<Reply>
  /** Rows in a table, read straight from the database. */
  count(table: string): Promise<number>
  close(): Promise<void>
}

let devices = 0
let defaultWorker: TestApi['worker'] | null = null

export async function startApi(options: StartOptions = {}): Promise<TestApi> {
  const clock = {
    now: new Date(START),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms)
    },
  }
  const ownDatabase = options.dataDir ? await openDatabase({ dataDir: options.dataDir }) : null
  const database = ownDatabase ?? (await testDatabase({ empty: !options.keepData }))
  const config: ServerConfig = {
    ...readConfig({} as NodeJS.ProcessEnv, { dataDir: options.dataDir ?? '/nonexistent' }),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    ...options.config,
  }
  const running = await startServerApi({
    config,
    database,
    now: () => clock.now,
    logger: options.logger ?? pino({ level: 'silent' }),
  })
  const server: Server = createHttpApp(running.ctx).listen(0, '127.0.0.1')
  await once(server, 'listening')
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  if (options.worker === false) defaultWorker = null
  else if (!options.keepData || !defaultWorker) {
    const added = await addWorker(database.db, { community: config.community.id, name: WORKER_NAME }, clock.now)
    await redeemInvite(
      database.db,
      added.invite.code,
      { passphraseHash: await hashPassphrase(WORKER_PASSPHRASE) },
      clock.now,
    )
    defaultWorker = { id: added.id, login: added.login, name: added.name }
  }
  const worker = defaultWorker ?? { id: '', login: '', name: '' }

  async function call<T>(method: string, path: string, { token, body, raw, headers = {} }: CallOptions = {}) {
    const json = body !== undefined || typeof raw === 'string'
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(json ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: (raw ?? (body === undefined ? undefined : JSON.stringify(body))) as BodyInit | undefined,
    })
    const text = await response.text()
    const type = response.headers.get('content-type') ?? ''
    return {
      status: response.status,
      body: (type.includes('json') && text ? JSON.parse(text) : text) as T,
      headers: response.headers,
    }
  }

  const api: TestApi = {
    base,
    running,
    database,
    clock,
    call,
    worker,
    async workerToken() {
      const body = { role: 'worker', login: worker.login, passphrase: WORKER_PASSPHRASE }
      const res = await call('POST', '/api/session', { body })
      if (res.status !== 201) throw new Error(`worker sign-in failed: ${res.status} ${JSON.stringify(res.body)}`)
      return sessionResponseSchema.parse(res.body).token
    },
    invite: ({ community = config.community.id, name = '新社工' } = {}) =>
      addWorker(database.db, { community, name }, clock.now),
    async newWorker(input) {
      const added = await api.invite(input)
      const body = { role: 'worker', invite: added.invite.code, passphrase: WORKER_PASSPHRASE }
      const res = await call('POST', '/api/session', { body })
      if (res.status !== 201) throw new Error(`first sign-in failed: ${res.status} ${JSON.stringify(res.body)}`)
      return { added, token: sessionResponseSchema.parse(res.body).token }
    },
    async residentToken(deviceId = `test-device-${++devices}-0123456789abcdef`) {
      const res = await call('POST', '/api/session', { body: { role: 'resident', deviceId } })
      if (res.status !== 201) throw new Error(`resident session failed: ${res.status} ${JSON.stringify(res.body)}`)
      return sessionResponseSchema.parse(res.body).token
    },
    uploadPhoto(token, bytes, { key, type = 'image/jpeg' } = {}) {
      const form = new FormData()
      form.append('photo', new Blob([new Uint8Array(bytes)], { type }), 'photo.jpg')
      return call('POST', '/api/photos', { token, raw: form, headers: key ? { 'Idempotency-Key': key } : {} })
    },
    async count(table) {
      const result = await database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))
      return (result as unknown as { rows: { n: number }[] }).rows[0].n
    },
    async close() {
      if (server.listening) {
        server.closeAllConnections()
        await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
      }
      await running.close()
      if (ownDatabase) await ownDatabase.close()
    },
  }
  return api
}

/** Every notice of a section, page by page, as the app would load them (and how many pages it took). */
export async function allNotices(
  api: TestApi,
  { token, section = 'feed', limit }: { token?: string; section?: 'feed' | 'unpublished'; limit?: number } = {},
): Promise<{ notices: NoticeSummary[]; pages: number }> {
  const notices: NoticeSummary[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const query = new URLSearchParams({
      section,
      ...(limit ? { limit: String(limit) } : {}),
      ...(cursor ? { cursor } : {}),
    })
    const res: Reply = await api.call('GET', `/api/notices?${query}`, { token })
    if (res.status !== 200) throw new Error(`GET /api/notices: ${res.status} ${JSON.stringify(res.body)}`)
    notices.push(...res.body.notices)
    cursor = res.body.nextCursor
    pages++
  } while (cursor && pages < 1000)
  return { notices, pages }
}

/** The residents' feed split as the app shows it: current (published) and 往期 (expired). */
export async function feed(api: TestApi, token?: string): Promise<{ current: NoticeSummary[]; past: NoticeSummary[] }> {
  const { notices } = await allNotices(api, { token })
  return { current: notices.filter((n) => n.state === 'published'), past: notices.filter((n) => n.state === 'expired') }
}

/** A real JPEG of about `side`×`side` pixels (noise, so it does not compress to nothing), with EXIF when asked. */
export async function jpegBytes(side = 64, { exif = false }: { exif?: boolean } = {}): Promise<Buffer> {
  const sharp = (await import('sharp')).default
  const pixels = Buffer.alloc(side * side * 3)
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251
  const image = sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
  return (exif ? image.withExif({ IFD0: { Artist: 'secret-name', Copyright: 'GPS 33.57N 114.02E' } }) : image)
    .jpeg({ quality: 90 })
    .toBuffer()
}
