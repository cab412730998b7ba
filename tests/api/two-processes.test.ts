/**
 * @jest-environment node
 */
// Several server processes on one PostgreSQL behave as one: they start together (migrations applied once), share
// sessions, and 200 concurrent notice POSTs split across two of them — 50 repeating a key — make exactly 150 notices;
// kill -9 of one in the middle of a burst loses no acknowledged write. Runs in the PostgreSQL pass (npm run test:api:pg).
import path from 'node:path'
import pg from 'pg'
import { createDatabase, databaseName } from '../support/postgres'
import {
  inviteWorker,
  signInWorker,
  spawnServer,
  type InvitedWorker,
  type ServerProcess,
} from './support/server-process'
import { usingPostgres } from './support/test-database'

jest.setTimeout(180_000)

const describeOnPostgres = usingPostgres() ? describe : describe.skip
const notice = { category: '通知', title: '停水通知', body: '明天 8:00–12:00 停水。' }

let url: string
let servers: ServerProcess[] = []
let worker: InvitedWorker
beforeAll(async () => {
  if (!usingPostgres()) return
  url = await createDatabase(process.env.TEST_DATABASE_URL!, databaseName(path.basename(__filename)))
  worker = await inviteWorker({ url })
  servers = await Promise.all([spawnServer({ DATABASE_URL: url }), spawnServer({ DATABASE_URL: url })])
})
afterAll(async () => {
  for (const s of servers) {
    s.kill('SIGKILL')
    await s.exited
  }
})

const signIn = (base: string) => signInWorker(base, worker)

type Sent = { key: string; status: number; id: string | null }

async function post(base: string, token: string, key: string, title: string): Promise<Sent> {
  try {
    const res = await fetch(`${base}/api/notices`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': key },
      body: JSON.stringify({ ...notice, title }),
    })
    const body = (await res.json()) as { notice?: { id: string } }
    return { key, status: res.status, id: body.notice?.id ?? null }
  } catch {
    return { key, status: 0, id: null } // the process died under this request: not acknowledged
  }
}

async function storedIds(): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return new Set((await client.query<{ id: string }>('SELECT id FROM notices')).rows.map((r) => r.id))
  } finally {
    await client.end()
  }
}

describeOnPostgres('two server processes on one PostgreSQL', () => {
  it('both started (migrations once) and share sessions', async () => {
    for (const s of servers) expect((await fetch(`${s.base}/api/ready`)).status).toBe(200)
    const token = await signIn(servers[0].base)
    const res = await fetch(`${servers[1].base}/api/reports`, { headers: { Authorization: `Bearer ${token}` } })
    expect(res.status).toBe(200)
  })

  it('200 concurrent POSTs, 50 repeating a key, split across both → exactly 150 notices, none lost', async () => {
    const token = await signIn(servers[0].base)
    const unique = Array.from({ length: 150 }, (_, i) => `split-${i}-key`)
    const keys = [...unique, ...unique.slice(0, 50)] // the repeats go to the other process than their first send
    const sent = await Promise.all(keys.map((key, i) => post(servers[i % 2].base, token, key, `通知 ${key}`)))
    expect(sent.filter((s) => s.status !== 201 && s.status !== 200)).toEqual([])
    expect(sent.filter((s) => s.status === 201)).toHaveLength(150)
    const byKey = new Map<string, Set<string>>()
    for (const s of sent) byKey.set(s.key, (byKey.get(s.key) ?? new Set()).add(s.id!))
    expect([...byKey.values()].every((ids) => ids.size === 1)).toBe(true)
    const ids = await storedIds()
    expect(ids.size).toBe(150)
    expect(sent.filter((s) => !ids.has(s.id!))).toEqual([])
  })

  it('kill -9 of one process in the middle of a burst: every acknowledged write is there', async () => {
    const token = await signIn(servers[1].base)
    const burst = Promise.all(
      Array.from({ length: 160 }, (_, i) =>
        new Promise((r) => setTimeout(r, i * 3)).then(() =>
          post(servers[i % 2].base, token, `kill-${i}-key`, `通知 ${i}`),
        ),
      ),
    )
    await new Promise((r) => setTimeout(r, 150))
    servers[0].kill('SIGKILL')
    const sent = await burst
    await servers[0].exited
    const acknowledged = sent.filter((s) => s.status === 201)
    expect(acknowledged.length).toBeGreaterThan(40)
    expect(sent.some((s) => s.status === 0)).toBe(true) // the kill did land mid-burst
    const ids = await storedIds()
    expect(acknowledged.filter((s) => !ids.has(s.id!))).toEqual([])
    expect((await fetch(`${servers[1].base}/api/ready`)).status).toBe(200)
  })
})
