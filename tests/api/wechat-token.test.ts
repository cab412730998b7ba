/**
 * @jest-environment node
 */
// WeChat's access token (stable_token): fetched once for many calls and kept in the database, refreshed a few minutes
// before it expires, one refresh at a time even when two servers need it at once; a token WeChat refuses is renewed
// once; while WeChat is out of reach a still-valid token keeps working, and without one the caller hears why.
import { sql } from 'drizzle-orm'
import type { Wechat } from '../../server/wechat'
import { WechatError } from '../../server/wechat'
import { REFRESH_BEFORE_MS } from '../../server/wechat/access-token'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../support/fake-wechat'
import { startApi, type TestApi } from './support/api-server'

let fake: FakeWechat
const apis: TestApi[] = []
beforeEach(async () => {
  fake = await startFakeWechat()
})
afterEach(async () => {
  for (const api of apis.splice(0)) await api.close()
  await fake.close()
})

async function server({ keepData = false } = {}): Promise<{ api: TestApi; wechat: Wechat }> {
  const api = await startApi({
    keepData,
    config: { wechat: { appId: FAKE_APPID, secret: FAKE_SECRET, apiBase: fake.base } },
  })
  apis.push(api)
  return { api, wechat: api.running.ctx.wechat! }
}

const tokenRequests = () => fake.calls.filter((c) => c.path === '/cgi-bin/stable_token')
const check = (wechat: Wechat) => wechat.postWithToken('/wxa/msg_sec_check', { content: '楼道灯不亮', version: 2 })

describe('the WeChat access token', () => {
  it('is fetched once for many calls, with the stable-token body, and kept in the database', async () => {
    const { api, wechat } = await server()
    const first = await wechat.accessToken.get()
    const more = await Promise.all(Array.from({ length: 10 }, () => wechat.accessToken.get()))
    for (let i = 0; i < 5; i++) expect((await check(wechat)).errcode).toBe(0)
    expect(new Set([first, ...more])).toEqual(new Set(['fake-access-token-1']))
    expect(fake.tokenCalls).toBe(1)
    expect(tokenRequests()[0].body).toEqual({
      grant_type: 'client_credential',
      appid: FAKE_APPID,
      secret: FAKE_SECRET,
      force_refresh: false,
    })
    const rows = (await api.database.db.execute(sql.raw('SELECT * FROM wechat_tokens'))) as unknown as {
      rows: Record<string, unknown>[]
    }
    expect(rows.rows).toHaveLength(1)
    expect(JSON.stringify(rows.rows)).not.toContain(FAKE_SECRET)
  })

  it('is refreshed a few minutes before it expires, not sooner', async () => {
    const { api, wechat } = await server()
    await wechat.accessToken.get()
    api.clock.advance(7200 * 1000 - REFRESH_BEFORE_MS - 1000)
    expect(await wechat.accessToken.get()).toBe('fake-access-token-1')
    api.clock.advance(2000)
    expect(await wechat.accessToken.get()).toBe('fake-access-token-2')
    expect(await wechat.accessToken.get()).toBe('fake-access-token-2')
    expect(fake.tokenCalls).toBe(2)
  })

  it('is refreshed once when two servers on one database need a new one at the same moment', async () => {
    const one = await server()
    const two = await server({ keepData: true })
    fake.tokenDelayMs = 300
    const tokens = await Promise.all([
      one.wechat.accessToken.get(),
      two.wechat.accessToken.get(),
      one.wechat.accessToken.get(),
      two.wechat.accessToken.get(),
    ])
    expect(new Set(tokens)).toEqual(new Set(['fake-access-token-1']))
    expect(fake.tokenCalls).toBe(1)
    // Expired for both: again one refresh between them.
    one.api.clock.advance(7200 * 1000)
    two.api.clock.advance(7200 * 1000)
    const renewed = await Promise.all([one.wechat.accessToken.get(), two.wechat.accessToken.get()])
    expect(renewed).toEqual(['fake-access-token-2', 'fake-access-token-2'])
    expect(fake.tokenCalls).toBe(2)
  })

  it('is renewed (force_refresh) once when WeChat refuses it, and the call goes through', async () => {
    const { wechat } = await server()
    await check(wechat)
    fake.revokeTokens()
    expect((await check(wechat)).errcode).toBe(0)
    expect(fake.tokenCalls).toBe(2)
    expect(tokenRequests()[1].body).toMatchObject({ force_refresh: true })
    expect(await wechat.accessToken.get()).toBe('fake-access-token-2')
  })

  it('keeps a still-valid token while WeChat is out of reach, and says WeChat is unreachable without one', async () => {
    const { api, wechat } = await server()
    fake.down = true
    await expect(wechat.accessToken.get()).rejects.toMatchObject({ failure: 'unreachable' })
    await expect(check(wechat)).rejects.toBeInstanceOf(WechatError)
    fake.down = false
    await wechat.accessToken.get()
    api.clock.advance(7200 * 1000 - REFRESH_BEFORE_MS + 1000)
    fake.down = true
    expect(await wechat.accessToken.get()).toBe('fake-access-token-1')
    api.clock.advance(REFRESH_BEFORE_MS)
    await expect(wechat.accessToken.get()).rejects.toMatchObject({ failure: 'unreachable' })
    fake.down = false
    expect(await wechat.accessToken.get()).toBe('fake-access-token-2')
  })
})
