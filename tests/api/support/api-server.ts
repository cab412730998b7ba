// Starts the real server (scripts/serve.ts createServer) on a free port with its own API context — a memory or
// temp-folder store, worker code demo-2026 and a clock the test moves — and wraps node's fetch for JSON calls.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { sessionResponseSchema } from '../../../src/domain/api-contract'
import { createApiContext, type ApiContext, type ApiContextOptions } from '../../../mock/context'
import { createServer } from '../../../scripts/serve'

export const WORKER_CODE = 'demo-2026'
export const START = new Date('2026-05-01T01:00:00.000Z')

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
  raw?: string
  headers?: Record<string, string>
}

export interface TestApi {
  base: string
  context: ApiContext
  clock: { now: Date; advance(ms: number): void }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call<T = any>(method: string, path: string, options?: CallOptions): Promise<Reply<T>>
  workerToken(): Promise<string>
  residentToken(deviceId?: string): Promise<string>
  close(): Promise<void>
}

let devices = 0

export async function startApi(options: Omit<ApiContextOptions, 'now'> = {}): Promise<TestApi> {
  const clock = {
    now: new Date(START),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms)
    },
  }
  const context = createApiContext({
    dataDir: null,
    workerCodes: WORKER_CODE,
    ...options,
    now: () => clock.now,
  })
  const server: Server = createServer({ context }).listen(0, '127.0.0.1')
  await once(server, 'listening')
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  async function call<T>(method: string, path: string, { token, body, raw, headers = {} }: CallOptions = {}) {
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(body !== undefined || raw !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    })
    const text = await response.text()
    const type = response.headers.get('content-type') ?? ''
    return {
      status: response.status,
      body: (type.includes('json') && text ? JSON.parse(text) : text) as T,
      headers: response.headers,
    }
  }

  return {
    base,
    context,
    clock,
    call,
    async workerToken() {
      const res = await call('POST', '/api/session', { body: { role: 'worker', code: WORKER_CODE } })
      if (res.status !== 201) throw new Error(`worker sign-in failed: ${res.status} ${JSON.stringify(res.body)}`)
      return sessionResponseSchema.parse(res.body).token
    },
    async residentToken(deviceId = `test-device-${++devices}-0123456789abcdef`) {
      const res = await call('POST', '/api/session', { body: { role: 'resident', deviceId } })
      if (res.status !== 201) throw new Error(`resident session failed: ${res.status} ${JSON.stringify(res.body)}`)
      return sessionResponseSchema.parse(res.body).token
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve()
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** A JPEG-looking data URL of exactly `bytes` bytes (the JPEG signature, then zeros). */
export function jpegDataUrl(bytes: number): string {
  const buffer = Buffer.alloc(bytes)
  buffer.set([0xff, 0xd8, 0xff, 0xe0])
  return `data:image/jpeg;base64,${buffer.toString('base64')}`
}

export const HOUR = 60 * 60 * 1000
export const MINUTE = 60 * 1000
