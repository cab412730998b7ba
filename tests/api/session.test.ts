/**
 * @jest-environment node
 */
// Signing in: a worker's code from WORKER_CODES gives a 12-hour worker token; a resident's device id an anonymous
// resident token; wrong codes are limited per address (429); tokens expire and can be signed out.
import { sessionResponseSchema } from '../../src/domain/api-contract'
import { parseWorkerCodes, SignInLimiter } from '../../mock/auth'
import { HOUR, MINUTE, START, WORKER_CODE, startApi, type TestApi } from './support/api-server'

let api: TestApi
afterEach(() => api?.close())

const signIn = (code: string) => api.call('POST', '/api/session', { body: { role: 'worker', code } })

describe('a worker signs in', () => {
  beforeEach(async () => {
    api = await startApi({ workerCodes: `王社工:${WORKER_CODE}, second-code-77` })
  })

  it('gets a worker token for 12 hours with their name', async () => {
    const res = await signIn(WORKER_CODE)
    expect(res.status).toBe(201)
    const body = sessionResponseSchema.parse(res.body)
    expect(body).toMatchObject({ role: 'worker', worker: { id: 'worker-1', name: '王社工' } })
    expect(body.expiresAt).toBe(new Date(START.getTime() + 12 * HOUR).toISOString())
    expect((await signIn('second-code-77')).body.worker).toEqual({ id: 'worker-2', name: '社区工作人员' })
  })

  it('hears in Chinese what is missing or wrong', async () => {
    expect(await api.call('POST', '/api/session', { body: { role: 'worker' } })).toMatchObject({
      status: 400,
      body: { error: '请检查填写的内容', fields: { code: '请输入工作人员码' } },
    })
    expect(await api.call('POST', '/api/session', { body: { role: 'admin' } })).toMatchObject({
      status: 400,
      body: { fields: { role: '请选择身份：resident（居民）或 worker（工作人员）' } },
    })
    expect(await signIn('guess-123')).toMatchObject({
      status: 401,
      body: { error: '工作人员码不正确', fields: { code: '工作人员码不正确' } },
    })
  })

  it('is stopped for 10 minutes after 5 wrong codes — even with the right one — then may try again', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn(`guess-${i}-xyz`)).status).toBe(401)
    const blocked = await signIn(WORKER_CODE)
    expect(blocked.status).toBe(429)
    expect(blocked.body).toEqual({ error: '登录失败次数过多，请 10 分钟后再试' })
    expect(blocked.headers.get('retry-after')).toBe('600')
    api.clock.advance(9 * MINUTE)
    expect((await signIn(WORKER_CODE)).status).toBe(429)
    api.clock.advance(1 * MINUTE)
    expect((await signIn(WORKER_CODE)).status).toBe(201)
  })

  it('does not count a malformed request as a failed sign-in', async () => {
    for (let i = 0; i < 6; i++)
      expect((await api.call('POST', '/api/session', { body: { role: 'worker' } })).status).toBe(400)
    expect((await signIn(WORKER_CODE)).status).toBe(201)
  })

  it('is signed out after 12 hours, or when they sign out', async () => {
    const token = await api.workerToken()
    const patch = () => api.call('PATCH', '/api/notices/nope', { token, body: { pinned: true } })
    expect((await patch()).status).toBe(404)
    api.clock.advance(12 * HOUR)
    expect(await patch()).toMatchObject({ status: 401, body: { error: '登录已过期，请重新登录' } })

    const fresh = await api.workerToken()
    expect((await api.call('DELETE', '/api/session', { token: fresh })).status).toBe(204)
    expect(await api.call('GET', '/api/reports', { token: fresh })).toMatchObject({
      status: 401,
      body: { error: '登录已失效，请重新登录' },
    })
  })
})

describe('a resident gets a token', () => {
  beforeEach(async () => {
    api = await startApi()
  })

  it('for their device id, anonymously, and the device id never comes back', async () => {
    const res = await api.call('POST', '/api/session', {
      body: { role: 'resident', deviceId: '5f0c7d1e-2b8a-4c3e-9f1d-0a2b3c4d5e6f' },
    })
    expect(res.status).toBe(201)
    expect(sessionResponseSchema.parse(res.body)).toMatchObject({ role: 'resident', worker: null })
    expect(JSON.stringify(api.context.store.read())).not.toContain('5f0c7d1e-2b8a-4c3e-9f1d-0a2b3c4d5e6f')
    expect(JSON.stringify(api.context.store.read())).not.toContain(res.body.token)
  })

  it('only with a device id that is hard to guess', async () => {
    expect(await api.call('POST', '/api/session', { body: { role: 'resident', deviceId: 'abc' } })).toMatchObject({
      status: 400,
      body: { fields: { deviceId: '设备标识应为 16–128 位字母、数字、_ 或 -（如 UUID）' } },
    })
  })
})

describe('worker codes come from configuration', () => {
  it('signs no worker in when WORKER_CODES is empty', async () => {
    api = await startApi({ workerCodes: undefined })
    expect(await signIn(WORKER_CODE)).toMatchObject({
      status: 503,
      body: { error: '工作人员登录未开启：服务器没有配置工作人员码（WORKER_CODES）' },
    })
  })

  it('reads `code` and `name:code` entries and ignores codes shorter than 6 characters', () => {
    const warnings: string[] = []
    const accounts = parseWorkerCodes(' demo-2026 ,李四:abc, 张三 : x7k2m9q4 ,,', (m) => warnings.push(m))
    expect(accounts.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 'worker-1', name: '社区工作人员' },
      { id: 'worker-2', name: '张三' },
    ])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).not.toContain('abc')
  })

  it('counts failures per client address', () => {
    const limiter = new SignInLimiter()
    for (let i = 0; i < 5; i++) limiter.recordFailure('10.0.0.1', START)
    expect(limiter.blockedFor('10.0.0.1', START)).toBe(10 * MINUTE)
    expect(limiter.blockedFor('10.0.0.2', START)).toBe(0)
  })
})
