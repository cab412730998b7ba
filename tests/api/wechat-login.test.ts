/**
 * @jest-environment node
 */
// Residents sign in with their WeChat account (wx.login code → the server asks WeChat for the openid): a known code
// gives a resident token; another phone of the same WeChat account sees the same reports; a code WeChat does not know
// is refused plainly with nothing kept; WeChat out of reach is a 503 while the rest keeps working; the per-address
// limit holds before WeChat is asked; and the AppSecret and openid never leave the server.
import { sql } from 'drizzle-orm'
import { reportListResponseSchema, sessionResponseSchema } from '@/domain/api-contract'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../support/fake-wechat'
import { HOUR, START, startApi, type StartOptions, type TestApi } from './support/api-server'
import { captureLogs, type CapturedLogs } from './support/captured-logs'

let api: TestApi
let wechat: FakeWechat
let logs: CapturedLogs
beforeEach(async () => {
  wechat = await startFakeWechat()
})
afterEach(async () => {
  await api?.close()
  await wechat.close()
})

const start = (options: StartOptions = {}) => {
  logs = captureLogs()
  return startApi({
    logger: logs.logger,
    ...options,
    config: { wechat: { appId: FAKE_APPID, secret: FAKE_SECRET, apiBase: wechat.base }, ...options.config },
  })
}

const login = (wxCode: string, headers: Record<string, string> = {}) =>
  api.call('POST', '/api/session', { body: { role: 'resident', wxCode }, headers })
const report = { category: '设施报修', description: '5 号楼楼道灯不亮', place: '月湾湖社区 5 号楼 2 单元' }
const myReports = async (token: string) => {
  const res = await api.call('GET', '/api/reports', { token })
  expect(res.status).toBe(200)
  return reportListResponseSchema.parse(res.body).reports.map((r) => r.description)
}
/** Every row a sign-in can write, to show a value is stored nowhere. */
const everything = async () => {
  const tables = ['sessions', 'rate_counters', 'wechat_tokens']
  const rows = await Promise.all(tables.map((t) => api.database.db.execute(sql.raw(`SELECT * FROM ${t}`))))
  return JSON.stringify(rows.map((r) => (r as unknown as { rows: unknown[] }).rows))
}

describe('a resident signs in with WeChat', () => {
  beforeEach(async () => {
    api = await start()
  })

  it('gets a 30-day resident token for a code WeChat knows; the openid is asked with the server’s AppSecret', async () => {
    wechat.addCode('code-phone-one-0001', 'oOpenid-alice-123456789')
    const res = await login('code-phone-one-0001')
    expect(res.status).toBe(201)
    const body = sessionResponseSchema.parse(res.body)
    expect(body).toMatchObject({ role: 'resident', worker: null, community: { name: '月湾湖社区' } })
    expect(body.expiresAt).toBe(new Date(START.getTime() + 30 * 24 * HOUR).toISOString())
    const asked = wechat.calls.find((c) => c.path === '/sns/jscode2session')!
    expect(Object.fromEntries(asked.query)).toEqual({
      appid: FAKE_APPID,
      secret: FAKE_SECRET,
      js_code: 'code-phone-one-0001',
      grant_type: 'authorization_code',
    })
    expect(await myReports(body.token)).toEqual([])
  })

  it('sees the same reports from a second phone (another code, the same openid); others do not', async () => {
    wechat.addCode('code-phone-one-0001', 'oOpenid-alice-123456789')
    wechat.addCode('code-phone-two-0002', 'oOpenid-alice-123456789')
    wechat.addCode('code-bobs-phone-03', 'oOpenid-bob-987654321')
    const first = sessionResponseSchema.parse((await login('code-phone-one-0001')).body).token
    expect((await api.call('POST', '/api/reports', { token: first, body: report })).status).toBe(201)

    const second = sessionResponseSchema.parse((await login('code-phone-two-0002')).body).token
    expect(second).not.toBe(first)
    expect(await myReports(second)).toEqual(['5 号楼楼道灯不亮'])
    // Both phones stay signed in (a phone and WeChat for PC at once).
    expect(await myReports(first)).toEqual(['5 号楼楼道灯不亮'])
    const bob = sessionResponseSchema.parse((await login('code-bobs-phone-03')).body).token
    expect(await myReports(bob)).toEqual([])
    // A device id never reaches a WeChat account's reports.
    expect(await myReports(await api.residentToken('oOpenid-alice-123456789'))).toEqual([])
  })

  it('is refused plainly for a code WeChat does not know, or one already used, and nothing is kept', async () => {
    const unknown = await login('made-up-code-000000')
    expect(unknown).toMatchObject({
      status: 400,
      body: { error: '微信登录凭证无效或已过期，请重新进入小程序再试', code: 'wechat-bad-code' },
    })
    expect(await api.count('sessions')).toBe(0)
    wechat.addCode('code-once-only-0001', 'oOpenid-carol-1234567')
    expect((await login('code-once-only-0001')).status).toBe(201)
    expect((await login('code-once-only-0001')).status).toBe(400)
    expect(await api.count('sessions')).toBe(1)
    expect(await api.call('POST', '/api/session', { body: { role: 'resident', wxCode: 'a b' } })).toMatchObject({
      status: 400,
      body: { fields: { wxCode: '微信登录凭证格式不正确，请重新进入小程序再试' } },
    })
    expect(
      await api.call('POST', '/api/session', {
        body: { role: 'resident', wxCode: 'code-once-only-0001', deviceId: 'device-0123456789abcdef' },
      }),
    ).toMatchObject({ status: 400, body: { fields: { wxCode: '请只提供设备标识或微信登录凭证中的一个' } } })
    expect(await api.call('POST', '/api/session', { body: { role: 'resident' } })).toMatchObject({
      status: 400,
      body: { fields: { deviceId: '缺少设备标识' } },
    })
  })

  it('keeps neither the openid nor the AppSecret anywhere a person or a log could read', async () => {
    wechat.addCode('code-private-00001', 'oOpenid-dave-secret-42')
    const res = await login('code-private-00001')
    expect(JSON.stringify(res.body)).not.toContain('oOpenid-dave-secret-42')
    const stored = await everything()
    expect(stored).not.toContain('oOpenid-dave-secret-42')
    expect(stored).not.toContain('session-key-of')
    await login('unknown-code-0000001')
    wechat.down = true
    await login('code-while-down-0001')
    for (const secret of [FAKE_SECRET, 'oOpenid-dave-secret-42', 'code-private-00001', 'session-key-of']) {
      expect(logs.text()).not.toContain(secret)
    }
    expect(logs.text()).toContain('WeChat call failed')
  })

  it('answers 503 while WeChat is out of reach, and keeps serving everything else', async () => {
    wechat.addCode('code-later-000001', 'oOpenid-erin-1234567')
    wechat.down = true
    const res = await login('code-later-000001')
    expect(res).toMatchObject({
      status: 503,
      body: { error: '微信服务暂时无法连接，请稍后再试', code: 'wechat-unavailable' },
    })
    expect(res.headers.get('retry-after')).toBe('5')
    expect((await api.call('GET', '/api/notices')).status).toBe(200)
    expect((await api.call('GET', '/api/health')).status).toBe(200)
    expect(await api.residentToken()).toBeTruthy()
    wechat.down = false
    expect((await login('code-later-000001')).status).toBe(201)
  })

  it('answers 502 in plain words when WeChat refuses the server’s own credentials', async () => {
    await api.close()
    api = await start({ config: { wechat: { appId: FAKE_APPID, secret: 'wrong-secret', apiBase: wechat.base } } })
    wechat.addCode('code-bad-config-01', 'oOpenid-frank-123456')
    expect(await login('code-bad-config-01')).toMatchObject({
      status: 502,
      body: { error: '微信拒绝了服务器的请求（错误码 40125），请联系社区检查小程序的服务器设置' },
    })
  })
})

describe('WeChat sign-in limits and settings', () => {
  it('keeps the per-address session limit, counted before WeChat is asked', async () => {
    api = await start({ config: { trustProxy: 'loopback' }, limits: { residentSessionsPerAddressPerHour: 3 } })
    const from = { 'X-Forwarded-For': '198.51.100.9' }
    for (let i = 0; i < 3; i++) {
      wechat.addCode(`code-limit-${i}-000000`, `oOpenid-limit-${i}-0000`)
      expect((await login(`code-limit-${i}-000000`, from)).status).toBe(201)
    }
    const asked = wechat.calls.length
    wechat.addCode('code-limit-4-000000', 'oOpenid-limit-4-0000')
    expect(await login('code-limit-4-000000', from)).toMatchObject({
      status: 429,
      body: { error: '请求太频繁，请 1 小时后再试' },
    })
    expect(await login('flood-of-made-up-001', from)).toMatchObject({ status: 429 })
    expect(wechat.calls.length).toBe(asked)
  })

  it('says WeChat sign-in is off when the server has no WeChat credentials, and says so at start', async () => {
    logs = captureLogs()
    api = await startApi({ logger: logs.logger, config: { wechat: null } })
    expect(logs.text()).toContain('WeChat sign-in and content checks are off')
    expect(await login('any-code-000000001')).toMatchObject({
      status: 503,
      body: { error: '微信登录未开启：服务器没有配置小程序的 AppID 和 AppSecret', code: 'wechat-login-off' },
    })
    expect(wechat.calls).toEqual([])
    expect(await api.residentToken()).toBeTruthy()
  })
})
