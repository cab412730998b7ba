/**
 * @jest-environment node
 */
// What an operator relies on: /api/health and /api/ready; JSON logs with a request id and nothing secret in them;
// a clear 503 (and /api/ready failing) when the database is gone, while the process keeps serving; SIGTERM letting
// a request in flight finish before the process exits.
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { jpegBytes, startApi, WORKER_PASSPHRASE, type TestApi } from './support/api-server'
import { captureLogs } from './support/captured-logs'
import { spawnServer } from './support/server-process'

jest.setTimeout(90_000)

let api: TestApi | null = null
afterEach(async () => {
  await api?.close().catch(() => undefined)
  api = null
})

it('/api/health says the process is up and /api/ready that the database answers', async () => {
  api = await startApi()
  expect(await api.call('GET', '/api/health')).toMatchObject({ status: 200, body: { ok: true } })
  const ready = await api.call('GET', '/api/ready')
  expect(ready).toMatchObject({ status: 200, body: { ok: true } })
  expect(['pglite', 'postgres']).toContain(ready.body.database)
})

it('logs one JSON line per request with its id, and never a token, a code or a device id', async () => {
  const logs = captureLogs()
  api = await startApi({ logger: logs.logger })
  const deviceId = 'device-secret-0123456789abc'
  const resident = await api.residentToken(deviceId)
  const worker = await api.workerToken()
  const given = await api.call('GET', '/api/reports?cursor=secret-cursor', {
    token: resident,
    headers: { 'X-Request-Id': 'trace-abc-123' },
  })
  expect(given.headers.get('x-request-id')).toBe('trace-abc-123')
  await api.call('GET', '/api/notices', { token: worker })
  const requests = logs
    .text()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((l) => l.req)
  expect(requests.length).toBeGreaterThanOrEqual(4)
  expect(requests.every((l) => typeof l.req.id === 'string' && typeof l.res.status === 'number')).toBe(true)
  expect(requests.find((l) => l.req.id === 'trace-abc-123')).toMatchObject({ req: { path: '/api/reports' } })
  const text = logs.text()
  for (const secret of [resident, worker, WORKER_PASSPHRASE, deviceId, 'secret-cursor'])
    expect(text).not.toContain(secret)
})

it('answers 503 in plain Chinese when the database is gone, and keeps serving health', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuewanhu-gone-'))
  try {
    api = await startApi({ dataDir })
    const resident = await api.residentToken()
    await api.database.close()
    const list = await api.call('GET', '/api/notices')
    expect(list).toMatchObject({ status: 503, body: { error: '服务暂时不可用：数据库无法连接，请稍后再试' } })
    expect(list.headers.get('retry-after')).toBe('5')
    expect((await api.call('POST', '/api/reports', { token: resident, body: {} })).status).toBe(503)
    expect((await api.call('GET', '/api/ready')).status).toBe(503)
    expect((await api.call('GET', '/api/health')).status).toBe(200)
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})

it('on SIGTERM finishes the upload in flight, then exits 0', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuewanhu-term-'))
  const proc = await spawnServer({ DATA_DIR: dataDir })
  try {
    const session = await fetch(`${proc.base}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'resident', deviceId: 'sigterm-device-0123456789' }),
    })
    const { token } = (await session.json()) as { token: string }
    const photo = await jpegBytes(300)
    const boundary = 'sigterm-boundary'
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    )
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
    const body = Buffer.concat([head, photo, tail])
    const answer = new Promise<number>((resolve, reject) => {
      const req = http.request(`${proc.base}/api/photos`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': body.length,
        },
      })
      req.on('response', (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.write(body.subarray(0, 1000))
      setTimeout(() => {
        proc.kill('SIGTERM')
        setTimeout(() => req.end(body.subarray(1000)), 500)
      }, 300)
    })
    expect(await answer).toBe(201)
    expect(await proc.exited).toEqual({ code: 0, signal: null })
  } finally {
    proc.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})
