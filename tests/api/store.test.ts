/**
 * @jest-environment node
 */
// The store survives a restart: a second server over the same DATA_DIR sees the notices, reports, photos, tokens and
// idempotency keys of the first; files are replaced atomically; a damaged store stops with a clear message.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { noticeListResponseSchema, reportListResponseSchema } from '../../src/domain/api-contract'
import { emptyStoreData, openFileStore, openMemoryStore, STORE_FILE_NAME, writeFileAtomic } from '../../mock/store'
import { jpegDataUrl, startApi, type TestApi } from './support/api-server'

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

describe('after a restart', () => {
  it('a new server over the same DATA_DIR has the notices, reports, photos and tokens of the old one', async () => {
    const first = await server()
    const worker = await first.workerToken()
    const resident = await first.residentToken('resident-device-0123456789')
    const key = 'outbox-restart-0001'
    const created = await first.call('POST', '/api/notices', {
      token: worker,
      body: notice,
      headers: { 'Idempotency-Key': key },
    })
    expect(created.status).toBe(201)
    const reported = await first.call('POST', '/api/reports', {
      token: resident,
      body: { category: '绿化养护', description: '树枝挡路', place: '湖边步道', photos: [jpegDataUrl(5000)] },
    })
    expect(reported.status).toBe(201)
    await first.close()

    const second = await server()
    const notices = noticeListResponseSchema.parse((await second.call('GET', '/api/notices')).body)
    expect(notices.current.map((n) => n.id)).toEqual([created.body.notice.id])
    const reports = reportListResponseSchema.parse((await second.call('GET', '/api/reports', { token: resident })).body)
    expect(reports.reports.map((r) => [r.id, r.mine])).toEqual([[reported.body.report.id, true]])
    const photo = await fetch(second.base + reports.reports[0].photos[0].url)
    expect([photo.status, (await photo.arrayBuffer()).byteLength]).toEqual([200, 5000])

    // The outbox retries after the restart: the key is remembered, so still one notice; the worker is still signed in.
    const retry = await second.call('POST', '/api/notices', {
      token: worker,
      body: notice,
      headers: { 'Idempotency-Key': key },
    })
    expect([retry.status, retry.body.notice.id]).toEqual([200, created.body.notice.id])
    expect(second.context.store.read().notices).toHaveLength(1)
  })

  it('keeps neither tokens nor device ids in the file, only their hashes', async () => {
    const api = await server()
    const token = await api.residentToken('resident-device-secret-42')
    const text = fs.readFileSync(path.join(dataDir, STORE_FILE_NAME), 'utf8')
    expect(text).not.toContain(token)
    expect(text).not.toContain('resident-device-secret-42')
  })
})

describe('writing the file', () => {
  it('leaves no temp files behind and always a whole JSON document', async () => {
    const api = await server()
    const worker = await api.workerToken()
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api.call('POST', '/api/notices', {
          token: worker,
          body: notice,
          headers: { 'Idempotency-Key': `parallel-key-${i}` },
        }),
      ),
    )
    expect(fs.readdirSync(dataDir).sort()).toEqual(['photos', STORE_FILE_NAME])
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, STORE_FILE_NAME), 'utf8'))
    expect(saved.notices).toHaveLength(10)
  })

  it('keeps the old content, and the data in memory, when a write fails', () => {
    const store = openFileStore(dataDir)
    store.update((data) => data.notices.push(aNotice('kept')))
    const file = path.join(dataDir, STORE_FILE_NAME)
    const before = fs.readFileSync(file, 'utf8')
    const rename = jest.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
    })
    expect(() => store.update((data) => data.notices.push(aNotice('lost')))).toThrow('disk full')
    rename.mockRestore()
    expect(fs.readFileSync(file, 'utf8')).toBe(before)
    expect(store.read().notices.map((n) => n.id)).toEqual(['kept'])
    expect(fs.readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('replaces a file whole: readers see the old or the new content', () => {
    const file = path.join(dataDir, 'x.json')
    writeFileAtomic(file, 'old')
    writeFileAtomic(file, 'new')
    expect(fs.readFileSync(file, 'utf8')).toBe('new')
  })
})

describe('a damaged or missing store', () => {
  it('starts empty when there is no file yet', () => {
    expect(openFileStore(path.join(dataDir, 'fresh')).read()).toEqual(emptyStoreData())
  })

  it('refuses to start over a damaged file instead of silently emptying it', () => {
    fs.writeFileSync(path.join(dataDir, STORE_FILE_NAME), '{"version":1,"notices":[')
    expect(() => openFileStore(dataDir)).toThrow(/store\.json is not valid JSON .*move it away/)
    fs.writeFileSync(path.join(dataDir, STORE_FILE_NAME), JSON.stringify({ ...emptyStoreData(), notices: [{ id: 1 }] }))
    expect(() => openFileStore(dataDir)).toThrow(/does not match the store schema \(notices\.0\./)
  })

  it('in memory (tests), an update that throws changes nothing', () => {
    const store = openMemoryStore()
    expect(() =>
      store.update((data) => {
        data.notices.push(aNotice('half'))
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(store.read().notices).toEqual([])
  })
})

function aNotice(id: string) {
  const at = '2026-05-01T01:00:00.000Z'
  return {
    id,
    category: '通知' as const,
    title: id,
    body: id,
    audience: '全体居民',
    pinned: false,
    publishAt: at,
    expireAt: null,
    withdrawnAt: null,
    author: { id: 'worker-1', name: '社区工作人员' },
    createdAt: at,
    updatedAt: at,
    history: [],
  }
}
