/**
 * @jest-environment node
 */
// Signing in: a worker's account name + passphrase gives a 12-hour worker token (accounts: worker-accounts.test.ts); a
// resident's device id an anonymous resident token (one live per device); tokens expire, can be signed out, and forged
// ones are refused.
import { sql } from 'drizzle-orm'
import { sessionResponseSchema } from '@/domain/api-contract'
import { HOUR, START, WORKER_PASSPHRASE, startApi, type TestApi } from './support/api-server'

let api: TestApi
afterEach(() => api?.close())

const signIn = (passphrase: string) =>
  api.call('POST', '/api/session', { body: { role: 'worker', login: api.worker.login, passphrase } })
const canWrite = async (token: string) =>
  (await api.call('PATCH', '/api/notices/nope', { token, body: { pinned: true } })).status

describe('a worker signs in', () => {
  beforeEach(async () => {
    api = await startApi()
  })

  it('gets a worker token for 12 hours with their name and community', async () => {
    const res = await signIn(WORKER_PASSPHRASE)
    expect(res.status).toBe(201)
    const body = sessionResponseSchema.parse(res.body)
    expect(body).toMatchObject({ role: 'worker', worker: { name: '王社工' }, community: { name: '月湾湖社区' } })
    expect(body.expiresAt).toBe(new Date(START.getTime() + 12 * HOUR).toISOString())
    const second = (await api.newWorker({ name: '李社工' })).token
    expect(second).not.toBe(body.token)
  })

  it('hears in Chinese what is missing or wrong', async () => {
    expect(await api.call('POST', '/api/session', { body: { role: 'worker' } })).toMatchObject({
      status: 400,
      body: { error: '请检查填写的内容', fields: { invite: '请输入邀请码' } },
    })
    expect(await api.call('POST', '/api/session', { body: { role: 'admin' } })).toMatchObject({
      status: 400,
      body: { fields: { role: '请选择身份：resident（居民）或 worker（工作人员）' } },
    })
    expect(await signIn('guess-123')).toMatchObject({
      status: 401,
      body: { error: '口令不正确', fields: { passphrase: '口令不正确' } },
    })
  })

  it('is signed out after 12 hours, or when they sign out', async () => {
    const token = await api.workerToken()
    expect(await canWrite(token)).toBe(404)
    api.clock.advance(12 * HOUR)
    expect(await api.call('PATCH', '/api/notices/nope', { token, body: { pinned: true } })).toMatchObject({
      status: 401,
      body: { error: '登录已过期，请重新登录' },
    })
    const fresh = await api.workerToken()
    expect((await api.call('DELETE', '/api/session', { token: fresh })).status).toBe(204)
    expect(await api.call('GET', '/api/reports', { token: fresh })).toMatchObject({
      status: 401,
      body: { error: '登录已失效，请重新登录' },
    })
  })

  it('refuses 10 forged variants of a real token', async () => {
    const token = await api.workerToken()
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1)
    const forged = [
      flip(token, 0),
      flip(token, token.length - 1),
      token.slice(0, -1),
      `${token}A`,
      token.toUpperCase(),
      token.split('').reverse().join(''),
      `${token.slice(0, 20)}${'A'.repeat(token.length - 20)}`,
      'A'.repeat(token.length),
      Buffer.from(token).toString('hex'),
      `${token} ${token}`,
    ]
    for (const variant of forged) {
      const res = await api.call('PATCH', '/api/notices/nope', {
        body: { pinned: true },
        headers: { Authorization: `Bearer ${variant}` },
      })
      expect(res.status).toBe(401)
    }
    expect(await canWrite(token)).toBe(404)
  })
})

describe('a resident gets a token', () => {
  beforeEach(async () => {
    api = await startApi()
  })

  it('for their device id, anonymously: neither the device id nor the token is stored', async () => {
    const deviceId = '5f0c7d1e-2b8a-4c3e-9f1d-0a2b3c4d5e6f'
    const res = await api.call('POST', '/api/session', { body: { role: 'resident', deviceId } })
    expect(res.status).toBe(201)
    expect(sessionResponseSchema.parse(res.body)).toMatchObject({ role: 'resident', worker: null })
    const rows = await api.database.db.execute(sql.raw('SELECT row_to_json(s)::text AS j FROM sessions s'))
    const text = JSON.stringify(rows)
    expect(text).not.toContain(deviceId)
    expect(text).not.toContain(res.body.token)
  })

  it('keeps one live session per device: a new token ends the old one', async () => {
    const first = await api.residentToken('same-phone-0123456789')
    const second = await api.residentToken('same-phone-0123456789')
    expect((await api.call('GET', '/api/reports', { token: first })).status).toBe(401)
    expect((await api.call('GET', '/api/reports', { token: second })).status).toBe(200)
    expect(await api.count('sessions')).toBe(1)
  })

  it('only with a device id that is hard to guess', async () => {
    expect(await api.call('POST', '/api/session', { body: { role: 'resident', deviceId: 'abc' } })).toMatchObject({
      status: 400,
      body: { fields: { deviceId: '设备标识应为 16–128 位字母、数字、_ 或 -（如 UUID）' } },
    })
  })
})
