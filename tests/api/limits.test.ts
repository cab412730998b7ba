/**
 * @jest-environment node
 */
// Abuse limits, each sent past and refused (429 with when to retry) while a normal user is not: resident sessions per
// address and in total, worker sign-in failures per address (IPv6 by /64) and in total, reports and photo bytes per
// day; the token checked before a large body is read; short 400s; the clean-up of what has expired.
import http from 'node:http'
import { cleanUp } from '../../server/store/clean-up'
import { HOUR, MINUTE, WORKER_PASSPHRASE, jpegBytes, startApi, type TestApi } from './support/api-server'

let api: TestApi
afterEach(() => api?.close())

/** Calls as if from `address` (the server trusts the loopback proxy in these tests). */
const from = (address: string) => ({ 'X-Forwarded-For': address })
const residentFrom = (address: string, device: string) =>
  api.call('POST', '/api/session', { body: { role: 'resident', deviceId: device }, headers: from(address) })
const signInFrom = (address: string, passphrase: string) =>
  api.call('POST', '/api/session', {
    body: { role: 'worker', login: api.worker.login, passphrase },
    headers: from(address),
  })
let devices = 0
const device = () => `limits-device-${++devices}-0123456789`

const start = (limits: Parameters<typeof startApi>[0] extends infer O ? O : never) =>
  startApi({ config: { trustProxy: 'loopback' }, ...limits })

describe('resident sessions', () => {
  it('are limited per address per hour, then allowed again; other addresses are not affected', async () => {
    api = await start({ limits: { residentSessionsPerAddressPerHour: 5 } })
    for (let i = 0; i < 5; i++) expect((await residentFrom('198.51.100.7', device())).status).toBe(201)
    const refused = await residentFrom('198.51.100.7', device())
    expect(refused).toMatchObject({ status: 429, body: { error: '请求太频繁，请 1 小时后再试' } })
    expect(refused.headers.get('retry-after')).toBe('3600')
    expect((await residentFrom('198.51.100.8', device())).status).toBe(201)
    api.clock.advance(HOUR)
    expect((await residentFrom('198.51.100.7', device())).status).toBe(201)
  })

  it('are limited in total per hour, whatever the addresses', async () => {
    api = await start({ limits: { residentSessionsPerAddressPerHour: 5, residentSessionsPerHour: 8 } })
    for (let i = 0; i < 8; i++) expect((await residentFrom(`203.0.113.${i + 1}`, device())).status).toBe(201)
    expect((await residentFrom('203.0.113.200', device())).status).toBe(429)
    expect(await api.count('sessions')).toBe(8)
  })

  it('count an IPv6 /64 as one address', async () => {
    api = await start({ limits: { residentSessionsPerAddressPerHour: 2 } })
    expect((await residentFrom('2001:db8:1:2::1', device())).status).toBe(201)
    expect((await residentFrom('2001:db8:1:2:ffff:ffff:ffff:ffff', device())).status).toBe(201)
    expect((await residentFrom('2001:db8:1:2::99', device())).status).toBe(429)
    expect((await residentFrom('2001:db8:1:3::1', device())).status).toBe(201)
  })
})

describe('worker sign-in failures', () => {
  it('5 wrong passphrases from an address stop it — even with the right one — for the window; others still sign in', async () => {
    api = await start({})
    for (let i = 0; i < 5; i++) expect((await signInFrom('192.0.2.10', `guess-${i}-xyz`)).status).toBe(401)
    const blocked = await signInFrom('192.0.2.10', WORKER_PASSPHRASE)
    expect(blocked).toMatchObject({ status: 429, body: { error: '登录失败次数过多，请 10 分钟后再试' } })
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await signInFrom('192.0.2.11', WORKER_PASSPHRASE)).status).toBe(201)
    api.clock.advance(10 * MINUTE)
    expect((await signInFrom('192.0.2.10', WORKER_PASSPHRASE)).status).toBe(201)
  })

  it('guesses spread over many addresses of one /64 count as one', async () => {
    api = await start({})
    for (let i = 0; i < 5; i++) expect((await signInFrom(`2001:db8:aa:1::${i + 1}`, `guess-${i}-xyz`)).status).toBe(401)
    expect((await signInFrom('2001:db8:aa:1::77', WORKER_PASSPHRASE)).status).toBe(429)
  })

  it('guesses spread over many addresses hit the global limit', async () => {
    api = await start({ limits: { signInFailuresGlobal: 12 } })
    for (let a = 0; a < 3; a++)
      for (let i = 0; i < 4; i++) expect((await signInFrom(`198.18.0.${a}`, `guess-${a}-${i}-x`)).status).toBe(401)
    expect((await signInFrom('198.18.9.9', 'one-more-guess')).status).toBe(429)
  })

  it('a right passphrase does not count, nor does a malformed request', async () => {
    api = await start({})
    for (let i = 0; i < 6; i++) expect((await signInFrom('192.0.2.20', WORKER_PASSPHRASE)).status).toBe(201)
    for (let i = 0; i < 6; i++)
      expect(
        (await api.call('POST', '/api/session', { body: { role: 'worker' }, headers: from('192.0.2.20') })).status,
      ).toBe(400)
    expect((await signInFrom('192.0.2.20', WORKER_PASSPHRASE)).status).toBe(201)
  })
})

const report = { category: '环境卫生', description: '垃圾桶满了', place: '3 号楼' }

describe('per resident per day', () => {
  it('reports are capped, and allowed again the next day (China time)', async () => {
    api = await start({ limits: { reportsPerDay: 3 } })
    const alice = await api.residentToken()
    const bob = await api.residentToken()
    for (let i = 0; i < 3; i++)
      expect((await api.call('POST', '/api/reports', { token: alice, body: report })).status).toBe(201)
    const refused = await api.call('POST', '/api/reports', { token: alice, body: report })
    expect(refused.status).toBe(429)
    expect(refused.body.error).toMatch(/^今天已提交 3 条反映，已达上限：请 \d+ 小时后再提交，急事请拨打 12345$/)
    expect((await api.call('POST', '/api/reports', { token: bob, body: report })).status).toBe(201)
    api.clock.advance(24 * HOUR)
    expect((await api.call('POST', '/api/reports', { token: alice, body: report })).status).toBe(201)
  })

  it('photo bytes are capped per day', async () => {
    const photo = await jpegBytes(200)
    api = await start({ limits: { photoBytesPerDay: photo.length * 3 } })
    const alice = await api.residentToken()
    for (let i = 0; i < 3; i++) expect((await api.uploadPhoto(alice, photo)).status).toBe(201)
    const refused = await api.uploadPhoto(alice, photo)
    expect(refused.status).toBe(429)
    expect(refused.body.error).toMatch(/^今天上传的照片已达上限/)
    expect(await api.count('photos')).toBe(3)
    expect((await api.uploadPhoto(await api.residentToken(), photo)).status).toBe(201)
  })
})

/** Sends the headers and a first slice of a large body, then waits for the answer without sending the rest. */
function answerBeforeBody(url: string, path: string, headers: Record<string, string>, declared: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${url}${path}`, { method: 'POST', headers: { ...headers, 'Content-Length': declared } })
    req.on('response', (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body })
        req.destroy()
      })
    })
    req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)))
    req.write(Buffer.alloc(16 * 1024, 0x41))
  })
}

describe('large bodies', () => {
  it('the token is checked before a large body is read', async () => {
    api = await start({})
    const resident = await api.residentToken()
    const photo = await answerBeforeBody(
      api.base,
      '/api/photos',
      { 'Content-Type': 'multipart/form-data; boundary=x' },
      7_000_000,
    )
    expect(photo.status).toBe(401)
    const notice = await answerBeforeBody(
      api.base,
      '/api/notices',
      { 'Content-Type': 'application/json', Authorization: `Bearer ${resident}` },
      7_000_000,
    )
    expect(notice.status).toBe(403)
  })

  it('a photo upload declaring more than 2 MB is refused before it is read', async () => {
    api = await start({})
    const resident = await api.residentToken()
    const res = await answerBeforeBody(
      api.base,
      '/api/photos',
      { 'Content-Type': 'multipart/form-data; boundary=x', Authorization: `Bearer ${resident}` },
      7_000_000,
    )
    expect(res.status).toBe(413)
    expect(JSON.parse(res.body).error).toBe('照片超过 2.0 MB，请压缩后再传')
  })

  it('a 400 names at most 10 fields, however many are wrong', async () => {
    api = await start({})
    const worker = await api.workerToken()
    const body = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`unknown_${i}`, i]))
    const res = await api.call('POST', '/api/notices', {
      token: worker,
      body: { category: '通知', title: 't', body: 'b', ...body },
      headers: { 'Idempotency-Key': 'many-fields-0001' },
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.fields)).toHaveLength(10)
    expect(JSON.stringify(res.body).length).toBeLessThan(1000)
  })
})

describe('the clean-up', () => {
  it('a day later keeps live sessions and claimed photos; drops unclaimed photos, expired sessions and old keys', async () => {
    api = await start({})
    const worker = await api.workerToken()
    const resident = await api.residentToken()
    const claimed = (await api.uploadPhoto(resident, await jpegBytes(40))).body.photo.id
    await api.uploadPhoto(resident, await jpegBytes(41)) // never named by a report
    await api.call('POST', '/api/reports', { token: resident, body: { ...report, photoIds: [claimed] } })
    await api.call('POST', '/api/notices', {
      token: worker,
      body: { category: '通知', title: '通知', body: '正文' },
      headers: { 'Idempotency-Key': 'clean-up-key-0001' },
    })
    const { db } = api.database
    api.clock.advance(25 * HOUR)
    expect(await cleanUp(db, api.clock.now)).toMatchObject({ sessions: 1, photos: 1, idempotencyKeys: 0 })
    expect(await api.count('photos')).toBe(1)
    expect((await api.call('GET', '/api/reports', { token: resident })).body.reports[0].photos).toHaveLength(1)
    expect((await api.call('GET', '/api/reports', { token: worker })).status).toBe(401) // 12 h worker session
    api.clock.advance(7 * 24 * HOUR)
    expect(await cleanUp(db, api.clock.now)).toMatchObject({ idempotencyKeys: 1 })
    api.clock.advance(30 * 24 * HOUR)
    await cleanUp(db, api.clock.now)
    expect(await api.count('sessions')).toBe(0)
    expect(await api.count('reports')).toBe(1)
  })
})
