// What the API handlers work with: the store, the worker accounts, the clock, the sign-in limiter and id minting.
// The dev server and `npm run serve` share one context built from the environment (DATA_DIR, WORKER_CODES); tests
// build their own and pass it to mountRoutes.
import crypto from 'node:crypto'
import path from 'node:path'
import type { Response } from 'express'
import { parseWorkerCodes, SignInLimiter, type WorkerAccount } from './auth'
import { openFileStore, openMemoryStore, type Store, type StoreData } from './store'

export interface ApiContext {
  store: Store
  workers: WorkerAccount[]
  now: () => Date
  signIns: SignInLimiter
  /** A fresh random id, url-safe (22 characters). */
  newId: () => string
}

export interface ApiContextOptions {
  /** A store to use as is; otherwise a file store in `dataDir`, or in memory when `dataDir` is null. */
  store?: Store
  dataDir?: string | null
  /** The WORKER_CODES syntax: `code` or `name:code`, comma-separated. */
  workerCodes?: string
  now?: () => Date
  signIns?: SignInLimiter
}

export const DEFAULT_DATA_DIR = path.resolve(__dirname, '..', '.data')

export function createApiContext(options: ApiContextOptions = {}): ApiContext {
  const store =
    options.store ?? (options.dataDir === null ? openMemoryStore() : openFileStore(options.dataDir ?? DEFAULT_DATA_DIR))
  return {
    store,
    workers: parseWorkerCodes(options.workerCodes),
    now: options.now ?? (() => new Date()),
    signIns: options.signIns ?? new SignInLimiter(),
    newId: () => crypto.randomBytes(16).toString('base64url'),
  }
}

let shared: ApiContext | null = null

/** The context of the dev server and `npm run serve`: DATA_DIR (default .data/) and WORKER_CODES from the environment. */
export function defaultApiContext(): ApiContext {
  if (!shared) {
    const dataDir = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : DEFAULT_DATA_DIR
    shared = createApiContext({ dataDir, workerCodes: process.env.WORKER_CODES })
    console.info(
      `mock API: data in ${dataDir}; ` +
        (shared.workers.length > 0
          ? `${shared.workers.length} worker code(s) from WORKER_CODES`
          : 'WORKER_CODES is not set, so worker sign-in is off (e.g. WORKER_CODES=demo-2026 npm run serve)'),
    )
  }
  return shared
}

/** The context mountRoutes put on this response, or the shared one. */
export function apiContext(res: Response): ApiContext {
  return (res.locals.api as ApiContext | undefined) ?? defaultApiContext()
}

/** Drops expired sessions and week-old idempotency keys; run inside every update. */
export function prune(data: StoreData, now: Date): void {
  const t = now.getTime()
  data.sessions = data.sessions.filter((s) => Date.parse(s.expiresAt) > t)
  data.idempotency = data.idempotency.filter((r) => Date.parse(r.createdAt) > t - IDEMPOTENCY_RETENTION_MS)
}

/** How long a key is remembered: far longer than any outbox keeps retrying. */
export const IDEMPOTENCY_RETENTION_MS = 7 * 24 * 60 * 60 * 1000
