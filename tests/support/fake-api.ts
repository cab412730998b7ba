// One API for component tests: the real server (its routes, handlers, rules and database queries) on an in-memory
// database in a child process (tests/support/fake-api-server.ts), with Taro.request and Taro.uploadFile routed to it
// over loopback. A test puts rows in as they are (addNotices, addReports), invites and revokes workers through the
// admin module, sets the server's clock, and switches on
// what a real server cannot do on demand: being offline (errMsg 'request:fail'), a scripted failure of the next
// call(s) — no network, a lost reply, or an answer such as a 400 naming a field, a 500, a 503 — and a smaller page
// size. Every call the app made is in `calls`.
//
// `const api = fakeApiForFile()` at the top of a test file. The server starts once per jest worker (~3 s; the first ever
// start also writes a migrated database dump, ~10 s) and is emptied before each test.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import Taro from '@tarojs/taro'
import type { NoticeRecord } from '@/domain/notice/schema'
import type { ReportRecord } from '@/domain/report'
import { signInWorker, type StoredSession } from '@/services/community/session'

/** The one signed-up worker of the fake server, 李红: her account name and passphrase. */
export const FAKE_WORKER_LOGIN = 'lihong'
export const FAKE_WORKER_PASSPHRASE = 'fake-api-passphrase'

/** A new worker invited through the admin module (`worker add`): the invite code they would be handed. */
export interface FakeInvite {
  id: string
  login: string
  code: string
  expiresAt: string
}

export interface FakeCall {
  method: string
  /** The URL as the app asked for it. */
  url: string
  header: Record<string, string>
  data: unknown
}

/**
 * What the next call(s) meet: no network ('offline': the server never hears of it), a lost reply ('lost': the server
 * does it, the phone gets 'request:fail'), or this answer instead of the server's.
 */
export type Failure = 'offline' | 'lost' | { status: number; body: unknown }

export interface FakeApi {
  /** Every Taro.request / uploadFile call of the current test, in order. */
  readonly calls: FakeCall[]
  /** While true every call fails as when the phone has no network. */
  offline: boolean
  /** The next `times` calls (of this `method` only, when given) fail like this; later ones reach the server again. */
  failNext(failure: Failure, times?: number, method?: string): void
  /** Pages of at most `size` for GET requests whose path starts with `pathPrefix` (the server's default otherwise). */
  pageSize(pathPrefix: string, size: number): void
  /** Notices stored as they are: any dates (expired, scheduled), history, author. */
  addNotices(...notices: NoticeRecord[]): Promise<void>
  /** Reports stored as they are (ownerId: the resident who made them). */
  addReports(...reports: ReportRecord[]): Promise<void>
  /** The server's clock from now on (it starts at the real time for each test). */
  setClock(now: Date): Promise<void>
  /** Signs 李红 in on this device through the app's own sign-in (as the desk does); the stored session. Its call is
   * not kept in `calls`. */
  signInWorker(): Promise<StoredSession>
  /** `worker add` for a new worker of the community (at the server's clock). */
  invite(name?: string): Promise<FakeInvite>
  /** `worker revoke <id>`: their sessions end at once. */
  revoke(id: string): Promise<void>
}

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
}

function send(port: number, method: string, url: string, header: Record<string, string>, body?: string | Buffer) {
  return new Promise<Reply>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers: header }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
    })
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

const parsed = (text: string) => {
  try {
    return text ? JSON.parse(text) : ''
  } catch {
    return text
  }
}

/** The port of this worker's server: started by the first test file that asks, reused by the next ones. */
async function serverPort(): Promise<number> {
  const portFile = path.join(os.tmpdir(), `yuewanhu-fake-api-port-${process.pid}`)
  if (fs.existsSync(portFile)) {
    const port = Number(fs.readFileSync(portFile, 'utf8'))
    const alive = await send(port, 'GET', '/api/health', {}).then(
      (r) => r.status === 200,
      () => false,
    )
    if (alive) return port
  }
  const root = path.resolve(__dirname, '..', '..')
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'tests/support/fake-api-server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      FAKE_API_WORKER_LOGIN: FAKE_WORKER_LOGIN,
      FAKE_API_WORKER_PASSPHRASE: FAKE_WORKER_PASSPHRASE,
      NODE_OPTIONS: '',
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /listening (\d+)/.exec(out)
      if (match) resolve(Number(match[1]))
    })
    child.on('exit', (code) => reject(new Error(`the fake API server exited (${code}) before listening`)))
  })
  // Lives as long as this jest worker: its stdin closes when the worker exits, and then it stops.
  child.unref()
  ;(child.stdout as unknown as { unref?: () => void }).unref?.()
  ;(child.stdin as unknown as { unref?: () => void }).unref?.()
  fs.writeFileSync(portFile, String(port))
  return port
}

export function fakeApiForFile(): FakeApi {
  let port = 0
  let failures: { failure: Failure; method?: string }[] = []
  let limits: [string, number][] = []
  const control = async (route: string, body: unknown) => {
    const reply = await send(
      port,
      'POST',
      `/__fake/${route}`,
      { 'Content-Type': 'application/json' },
      JSON.stringify(body),
    )
    if (reply.status !== 200) throw new Error(`fake API ${route}: ${reply.status} ${reply.text}`)
    return parsed(reply.text) as unknown
  }
  const api: FakeApi = {
    calls: [],
    offline: false,
    failNext(failure, times = 1, method) {
      failures.push(...Array.from({ length: times }, () => ({ failure, method: method?.toUpperCase() })))
    },
    pageSize(pathPrefix, size) {
      limits.push([pathPrefix, size])
    },
    addNotices: async (...notices) => void (await control('notices', { notices })),
    addReports: async (...reports) => void (await control('reports', { reports })),
    setClock: async (now) => void (await control('clock', { now: now.toISOString() })),
    invite: async (name) => (await control('invite', { name })) as FakeInvite,
    revoke: async (id) => void (await control('revoke', { id })),
    async signInWorker() {
      const before = api.calls.length
      const session = await signInWorker({ login: FAKE_WORKER_LOGIN, passphrase: FAKE_WORKER_PASSPHRASE })
      api.calls.splice(before)
      return session
    },
  }

  /** The URL sent to the server: the app's, with a `limit` when the test asked for smaller pages. */
  const serverUrl = (method: string, url: string) => {
    const limit = method === 'GET' ? limits.find(([prefix]) => url.startsWith(prefix)) : undefined
    return limit ? `${url}${url.includes('?') ? '&' : '?'}limit=${limit[1]}` : url
  }

  /** One call as the app made it: a failure switched on, or the server's answer. */
  const answer = async (call: FakeCall, body: string | Buffer | undefined, kind: string) => {
    api.calls.push(call)
    const scripted = failures.findIndex((f) => f.method === undefined || f.method === call.method)
    const failure = api.offline ? 'offline' : scripted >= 0 ? failures.splice(scripted, 1)[0].failure : undefined
    if (failure === 'offline') throw { errMsg: `${kind}:fail` }
    if (failure && failure !== 'lost')
      return { status: failure.status, headers: {}, text: JSON.stringify(failure.body) }
    const reply = await send(port, call.method, serverUrl(call.method, call.url), call.header, body)
    if (failure === 'lost') throw { errMsg: `${kind}:fail` }
    return reply
  }

  beforeAll(async () => {
    port = await serverPort()
  }, 60_000)

  beforeEach(async () => {
    api.calls.length = 0
    api.offline = false
    failures = []
    limits = []
    await control('reset', {})
    jest.spyOn(Taro, 'request').mockImplementation((async (options: Taro.request.Option) => {
      const method = (options.method ?? 'GET').toUpperCase()
      const header = { ...(options.header as Record<string, string>) }
      const data = options.data
      const hasBody = method !== 'GET' && data !== undefined
      if (hasBody) header['Content-Type'] ??= 'application/json'
      const body = hasBody ? (typeof data === 'string' ? data : JSON.stringify(data)) : undefined
      const reply = await answer({ method, url: options.url, header, data }, body, 'request')
      return {
        statusCode: reply.status,
        data: options.dataType === 'json' || options.dataType === undefined ? parsed(reply.text) : reply.text,
        header: reply.headers,
        errMsg: 'request:ok',
      }
    }) as unknown as typeof Taro.request)
    jest.spyOn(Taro, 'uploadFile').mockImplementation((async (options: Taro.uploadFile.Option) => {
      // Component tests have no files: the "file" is the base64 the app wrote for it, sent as one multipart part.
      const boundary = `fake-api-${Date.now()}`
      const bytes = Buffer.from(String(options.filePath), 'base64')
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${options.name}"; filename="photo.jpg"\r\n` +
            'Content-Type: image/jpeg\r\n\r\n',
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ])
      const header = { ...(options.header as Record<string, string>) }
      header['Content-Type'] = `multipart/form-data; boundary=${boundary}`
      const reply = await answer({ method: 'POST', url: options.url, header, data: null }, body, 'uploadFile')
      return { statusCode: reply.status, data: reply.text, errMsg: 'uploadFile:ok' }
    }) as unknown as typeof Taro.uploadFile)
  })

  return api
}
