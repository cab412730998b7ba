/**
 * @jest-environment node
 */
// The embedded database under DATA_DIR: a restart keeps everything; a second process on the same folder is refused;
// kill -9 in the middle of a burst loses no acknowledged write; a damaged folder is refused and left as it was.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase } from '../../server/db/database'
import { notices } from '../../server/db/schema'
import { feed, jpegBytes, startApi, type TestApi } from './support/api-server'
import { inviteWorker, signInWorker, spawnServer } from './support/server-process'
import { usingPostgres } from './support/test-database'

jest.setTimeout(120_000)

// About the embedded database only: the PostgreSQL pass (npm run test:api:pg) has nothing to add here.
const describeEmbedded = usingPostgres() ? describe.skip : describe

let dataDir: string
const running: TestApi[] = []
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuewanhu-store-'))
})
afterEach(async () => {
  await Promise.all(running.splice(0).map((api) => api.close()))
  fs.rmSync(dataDir, { recursive: true, force: true })
})

async function server(): Promise<TestApi> {
  const api = await startApi({ dataDir })
  running.push(api)
  return api
}

const notice = { category: '便民', title: '理发义剪', body: '周六上午在社区活动室。' }

describeEmbedded('after a restart', () => {
  it('a new server over the same DATA_DIR has the notices, reports, photos, tokens and keys of the old one', async () => {
    const first = await server()
    const worker = await first.workerToken()
    const resident = await first.residentToken('resident-device-0123456789')
    const key = 'outbox-restart-0001'
    const post = (api: TestApi) =>
      api.call('POST', '/api/notices', { token: worker, body: notice, headers: { 'Idempotency-Key': key } })
    const created = await post(first)
    expect(created.status).toBe(201)
    const photo = (await first.uploadPhoto(resident, await jpegBytes(80))).body.photo
    const reported = await first.call('POST', '/api/reports', {
      token: resident,
      body: { category: '绿化养护', description: '树枝挡路', place: '湖边步道', photoIds: [photo.id] },
    })
    expect(reported.status).toBe(201)
    await first.close()
    running.splice(0)

    const second = await server()
    expect((await feed(second)).current.map((n) => n.id)).toEqual([created.body.notice.id])
    const reports = (await second.call('GET', '/api/reports', { token: resident })).body.reports
    expect(reports.map((r: { id: string; mine: boolean }) => [r.id, r.mine])).toEqual([[reported.body.report.id, true]])
    const served = await fetch(second.base + reports[0].photos[0].url)
    expect([served.status, (await served.arrayBuffer()).byteLength]).toEqual([200, photo.bytes])
    // The outbox retries after the restart: the key is remembered, so still one notice; the worker is still signed in.
    const retry = await post(second)
    expect([retry.status, retry.body.notice.id]).toEqual([200, created.body.notice.id])
    expect(await second.count('notices')).toBe(1)
  })
})

describeEmbedded('one process per data folder', () => {
  it('a second server on a DATA_DIR in use is refused with a message that says to use DATABASE_URL', async () => {
    const owner = await spawnServer({ DATA_DIR: dataDir })
    try {
      await expect(openDatabase({ dataDir })).rejects.toThrow(/正被另一个服务器进程使用（pid \d+）.*DATABASE_URL/)
      const second = await spawnServer({ DATA_DIR: dataDir }, { waitMs: 30_000 })
      expect((await second.exited).code).toBe(1)
      expect(second.output()).toMatch(/无法启动：DATA_DIR .* 正被另一个服务器进程使用/)
      expect((await fetch(`${owner.base}/api/ready`)).status).toBe(200)
    } finally {
      owner.kill('SIGTERM')
      expect((await owner.exited).code).toBe(0)
    }
  })
})

describeEmbedded('kill -9 in the middle of a burst', () => {
  it('loses no acknowledged notice', async () => {
    const worker = await inviteWorker({ dataDir })
    const proc = await spawnServer({ DATA_DIR: dataDir })
    const token = await signInWorker(proc.base, worker)
    const acknowledged: string[] = []
    const send = async (i: number) => {
      try {
        const res = await fetch(`${proc.base}/api/notices`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${token}`,
            'Idempotency-Key': `burst-${i}-key`,
          },
          body: JSON.stringify({ ...notice, title: `通知 ${i}` }),
        })
        if (res.status === 201) acknowledged.push(((await res.json()) as { notice: { id: string } }).notice.id)
      } catch {
        // the process died under this request: not acknowledged
      }
    }
    const burst = Promise.all(
      Array.from({ length: 120 }, (_, i) => new Promise((r) => setTimeout(r, i * 5)).then(() => send(i))),
    )
    await new Promise((r) => setTimeout(r, 300))
    proc.kill('SIGKILL')
    await burst
    await proc.exited
    expect(acknowledged.length).toBeGreaterThan(0)
    // Reopened on the data folder, taking over the lock the killed process left; its rows read straight from the table
    // (they were published on the real clock, which the test server's clock is not).
    const after = await openDatabase({ dataDir })
    const rows = await after.db.select({ id: notices.id }).from(notices)
    await after.close()
    const ids = new Set(rows.map((n) => n.id))
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([])
  })
})

describeEmbedded('a damaged data folder', () => {
  it('is refused with a clear message, and nothing in it is changed', async () => {
    const first = await openDatabase({ dataDir })
    await first.close()
    const control = path.join(dataDir, 'pgdata', 'global', 'pg_control')
    fs.writeFileSync(control, crypto.randomBytes(fs.statSync(control).size))
    const snapshot = () => {
      const files: Record<string, string> = {}
      const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name)
          if (entry.isDirectory()) walk(full)
          else
            files[path.relative(dataDir, full)] = crypto.createHash('sha1').update(fs.readFileSync(full)).digest('hex')
        }
      }
      walk(path.join(dataDir, 'pgdata'))
      return files
    }
    const before = snapshot()
    const proc = await spawnServer({ DATA_DIR: dataDir }, { waitMs: 60_000 })
    expect((await proc.exited).code).toBe(1)
    expect(proc.output()).toMatch(/无法启动：.*pgdata 无法作为数据库打开.*文件保持原样未改动/)
    expect(snapshot()).toEqual(before)
  })
})
