// The API over HTTP for e2e set-up: a call with token and Idempotency-Key, a session token, the admin command, and a
// published (then edited) notice to open.
import assert from 'node:assert/strict'
import { NOTICE_PAGE } from '@/domain/routes'
import { baseUrl } from './app'

/** Set by scripts/run-e2e.ts, which starts the server with this worker signed up (account + passphrase). */
export const WORKER_LOGIN = process.env.E2E_WORKER_LOGIN ?? ''
export const WORKER_PASSPHRASE = process.env.E2E_WORKER_PASSPHRASE ?? ''
/** The POST /api/session body that signs that worker in. */
export const workerSignIn = () => ({ role: 'worker', login: WORKER_LOGIN, passphrase: WORKER_PASSPHRASE })

/** What `npm run admin -- …argv` prints, run on the e2e server's database (scripts/test-server.ts, test-only). */
export async function admin(...argv: string[]): Promise<string> {
  const res = await api('POST', '/__test/admin', { argv })
  assert.equal(res.status, 200, JSON.stringify(res.body))
  return res.body.output as string
}

export async function api(method: string, path: string, body?: unknown, token?: string, key?: string) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  if (key) headers['Idempotency-Key'] = key
  const res = await fetch(`${baseUrl()}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined })
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> }
}

export async function token(body: unknown): Promise<string> {
  const res = await api('POST', '/api/session', body)
  assert.equal(res.status, 201, JSON.stringify(res.body))
  return res.body.token as string
}

let editedNotice: Promise<string> | null = null

/** The notice page of a pinned notice with two paragraphs, edited after publication (已修改); made once per run. */
export function editedNoticePath(): Promise<string> {
  editedNotice ??= (async () => {
    const worker = await token(workerSignIn())
    const notice = { category: '便民', title: '月湾湖社区便民服务通知', body: '第一段。\n第二段。', pinned: true }
    const created = await api('POST', '/api/notices', notice, worker, `quality-notice-${Date.now()}`)
    assert.equal(created.status, 201, JSON.stringify(created.body))
    const id = (created.body.notice as { id: string }).id
    const edited = await api('PATCH', `/api/notices/${id}`, { title: '月湾湖社区便民服务通知（已更新）' }, worker)
    assert.equal(edited.status, 200, JSON.stringify(edited.body))
    return `${NOTICE_PAGE}?id=${id}`
  })()
  return editedNotice
}
