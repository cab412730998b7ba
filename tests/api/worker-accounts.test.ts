/**
 * @jest-environment node
 */
// Personal worker accounts: the admin invites (server/admin/workers.ts); the invite's one use sets a passphrase (H5) or
// binds the worker's WeChat (mini-program); later they sign in with account + passphrase or WeChat alone; revoking
// ends their sessions at once; an expired, used or replaced invite is refused plainly; WORKER_CODES grants nothing;
// workers see who changed a notice or answered a report, residents only the community.
import { sql } from 'drizzle-orm'
import { readConfig } from '../../server/config'
import { reinviteWorker, revokeWorker } from '../../server/admin/workers'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../support/fake-wechat'
import { HOUR, MINUTE, WORKER_PASSPHRASE, startApi, type TestApi } from './support/api-server'
import { captureLogs } from './support/captured-logs'

let api: TestApi
let wechat: FakeWechat | null = null
afterEach(async () => {
  await api?.close()
  await wechat?.close()
  wechat = null
})

const session = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  api.call('POST', '/api/session', { body: { role: 'worker', ...body }, headers })
const canWrite = async (token: string) =>
  (await api.call('PATCH', '/api/notices/nope', { token, body: { pinned: true } })).status
const notice = { category: '通知', title: '停水通知', body: '明天 8:00–12:00 停水。' }
const publish = (token: string, key: string) =>
  api.call('POST', '/api/notices', { token, body: notice, headers: { 'Idempotency-Key': key } })

describe('in H5: invite → passphrase → sign in → revoke', () => {
  beforeEach(async () => {
    api = await startApi()
  })

  it('the first use sets a passphrase; later the account name and passphrase sign in; revoking signs out at once', async () => {
    const added = await api.invite({ name: '赵社工' })
    expect(added.invite.code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/)
    const first = await session({ invite: added.invite.code.toLowerCase(), passphrase: 'my own words 1' })
    expect(first).toMatchObject({ status: 201, body: { worker: { id: added.id, name: '赵社工', login: added.login } } })
    expect(await canWrite(first.body.token)).toBe(404)

    const later = await session({ login: added.login, passphrase: 'my own words 1' })
    expect(later.status).toBe(201)
    expect((await session({ login: added.id, passphrase: 'my own words 1' })).status).toBe(201)
    // Neither the invite nor the passphrase is stored as typed.
    const rows = JSON.stringify(await api.database.db.execute(sql.raw('SELECT * FROM workers')))
    expect(rows).not.toContain(added.invite.code)
    expect(rows).not.toContain('my own words 1')

    await revokeWorker(api.database.db, added.id, api.clock.now)
    expect(
      await api.call('PATCH', '/api/notices/nope', { token: later.body.token, body: { pinned: true } }),
    ).toMatchObject({
      status: 401,
      body: { error: '登录已失效，请重新登录' },
    })
    expect(await canWrite(first.body.token)).toBe(401)
    expect(await session({ login: added.login, passphrase: 'my own words 1' })).toMatchObject({
      status: 403,
      body: { error: '账号已停用' },
    })
    // The default worker is untouched.
    expect(await canWrite(await api.workerToken())).toBe(404)
  })

  it('an invite works once, and expires after 72 hours', async () => {
    const added = await api.invite()
    expect((await session({ invite: added.invite.code, passphrase: 'first passphrase' })).status).toBe(201)
    expect(await session({ invite: added.invite.code, passphrase: 'second passphrase' })).toMatchObject({
      status: 401,
      body: { error: '邀请码不正确', fields: { invite: '邀请码不正确' } },
    })
    expect((await session({ login: added.login, passphrase: 'second passphrase' })).status).toBe(401)

    const late = await api.invite()
    api.clock.advance(72 * HOUR)
    expect(await session({ invite: late.invite.code, passphrase: 'too late for me' })).toMatchObject({
      status: 401,
      body: { error: '邀请码已过期（请联系管理员重新邀请）' },
    })
  })

  it('reinvite voids the old invite, passphrase and sessions; the new invite works', async () => {
    const added = await api.invite()
    const old = await session({ invite: added.invite.code, passphrase: 'forgotten words' })
    const again = await reinviteWorker(api.database.db, added.id, api.clock.now)
    expect(again.invite.code).not.toBe(added.invite.code)
    expect(await canWrite(old.body.token)).toBe(401)
    expect(await session({ login: added.login, passphrase: 'forgotten words' })).toMatchObject({
      status: 401,
      body: { error: '这个账号还没有设置口令：请先用邀请码首次登录' },
    })
    const pending = await api.invite()
    const replaced = await reinviteWorker(api.database.db, pending.id, api.clock.now)
    expect(await session({ invite: pending.invite.code, passphrase: 'never mine' })).toMatchObject({
      status: 401,
      body: { error: '邀请码不正确' },
    })
    expect((await session({ invite: replaced.invite.code, passphrase: 'a new passphrase' })).status).toBe(201)
    expect((await session({ invite: again.invite.code, passphrase: 'remembered now' })).status).toBe(201)
    expect((await session({ login: added.login, passphrase: 'remembered now' })).status).toBe(201)
  })

  it('a passphrase must be at least 8 characters; the body takes one way of signing in', async () => {
    const added = await api.invite()
    expect(await session({ invite: added.invite.code, passphrase: 'short' })).toMatchObject({
      status: 400,
      body: { fields: { passphrase: '口令至少 8 个字符' } },
    })
    expect(await session({ invite: added.invite.code })).toMatchObject({
      status: 400,
      body: { fields: { passphrase: '请设置口令' } },
    })
    expect(await session({ code: 'demo-2026' })).toMatchObject({ status: 400 })
    // The refused bodies did not use the invite.
    expect((await session({ invite: added.invite.code, passphrase: 'long enough now' })).status).toBe(201)
  })
})

describe('wrong guesses count against the sign-in limits', () => {
  it('wrong passphrases and wrong invites from one address stop it for the window', async () => {
    api = await startApi({ config: { trustProxy: 'loopback' } })
    const from = { 'X-Forwarded-For': '192.0.2.50' }
    const added = await api.invite()
    for (let i = 0; i < 3; i++)
      expect((await session({ login: api.worker.login, passphrase: `wrong-guess-${i}` }, from)).status).toBe(401)
    for (let i = 0; i < 2; i++)
      expect((await session({ invite: `AAAA-BBBB-CCCC-DDD${i + 2}`, passphrase: 'guessing along' }, from)).status).toBe(
        401,
      )
    expect(await session({ invite: added.invite.code, passphrase: 'the right one!' }, from)).toMatchObject({
      status: 429,
      body: { error: '登录失败次数过多，请 10 分钟后再试' },
    })
    expect((await session({ login: api.worker.login, passphrase: WORKER_PASSPHRASE }, from)).status).toBe(429)
    api.clock.advance(10 * MINUTE)
    expect((await session({ invite: added.invite.code, passphrase: 'the right one!' }, from)).status).toBe(201)
  })
})

describe('in the mini-program: invite → WeChat bound → WeChat alone signs in', () => {
  beforeEach(async () => {
    wechat = await startFakeWechat()
    api = await startApi({ config: { wechat: { appId: FAKE_APPID, secret: FAKE_SECRET, apiBase: wechat.base } } })
  })

  it('binds the WeChat account with the invite; later a wx.login code alone signs in; revoke ends it', async () => {
    const added = await api.invite({ name: '钱社工' })
    wechat!.addCode('worker-code-00000001', 'oOpenid-worker-qian-01')
    const first = await session({ invite: added.invite.code, wxCode: 'worker-code-00000001' })
    expect(first).toMatchObject({ status: 201, body: { worker: { id: added.id, name: '钱社工' } } })
    wechat!.addCode('worker-code-00000002', 'oOpenid-worker-qian-01')
    const later = await session({ wxCode: 'worker-code-00000002' })
    expect(later).toMatchObject({ status: 201, body: { worker: { id: added.id } } })
    const rows = JSON.stringify(await api.database.db.execute(sql.raw('SELECT * FROM workers')))
    expect(rows).not.toContain('oOpenid-worker-qian-01')

    wechat!.addCode('someone-else-000001', 'oOpenid-a-resident-0001')
    expect(await session({ wxCode: 'someone-else-000001' })).toMatchObject({
      status: 401,
      body: { error: '这个微信没有绑定工作人员账号' },
    })

    await revokeWorker(api.database.db, added.id, api.clock.now)
    expect(await canWrite(later.body.token)).toBe(401)
    wechat!.addCode('worker-code-00000003', 'oOpenid-worker-qian-01')
    expect(await session({ wxCode: 'worker-code-00000003' })).toMatchObject({
      status: 403,
      body: { error: '账号已停用' },
    })
  })

  it('one WeChat account binds one worker account', async () => {
    const a = await api.invite({ name: '甲' })
    const b = await api.invite({ name: '乙' })
    wechat!.addCode('bind-code-0000000a', 'oOpenid-same-person-1')
    wechat!.addCode('bind-code-0000000b', 'oOpenid-same-person-1')
    expect((await session({ invite: a.invite.code, wxCode: 'bind-code-0000000a' })).status).toBe(201)
    expect(await session({ invite: b.invite.code, wxCode: 'bind-code-0000000b' })).toMatchObject({
      status: 409,
      body: { error: '这个微信已绑定另一个工作人员账号' },
    })
  })
})

describe('WORKER_CODES grants nothing', () => {
  it('is ignored with a warning that points to the admin command; with no accounts sign-in says to ask the admin', async () => {
    const logs = captureLogs()
    const legacy = readConfig({ WORKER_CODES: '王社工:demo-2026' } as unknown as NodeJS.ProcessEnv, {
      dataDir: '/nonexistent',
    })
    api = await startApi({ worker: false, config: { workerCodesSet: legacy.workerCodesSet }, logger: logs.logger })
    expect(logs.text()).toContain('WORKER_CODES is set but ignored')
    expect(logs.text()).toContain('npm run admin -- worker add')
    expect(await session({ code: 'demo-2026' })).toMatchObject({ status: 400 })
    expect(await session({ login: '王社工', passphrase: 'demo-2026' })).toMatchObject({
      status: 503,
      body: { code: 'no-worker-accounts', error: expect.stringContaining('npm run admin -- worker add') },
    })
    expect(await api.count('workers')).toBe(0)
  })
})

describe('who did what', () => {
  it('workers see the worker in a notice history and on report replies; residents see the community', async () => {
    api = await startApi()
    const worker = await api.workerToken()
    const other = await api.newWorker({ name: '孙社工' })
    const id = (await publish(worker, 'who-did-what-1')).body.notice.id as string
    const edit = await api.call('PATCH', `/api/notices/${id}`, {
      token: other.token,
      body: { title: '停水通知（更新）' },
    })
    expect(edit.status).toBe(200)
    const asWorker = (await api.call('GET', `/api/notices/${id}`, { token: worker })).body.notice
    expect(asWorker.history.map((h: { by: { id: string; name: string } }) => h.by)).toEqual([
      { id: api.worker.id, name: '王社工' },
      { id: other.added.id, name: '孙社工' },
    ])
    const resident = await api.residentToken()
    for (const token of [resident, undefined]) {
      const seen = (await api.call('GET', `/api/notices/${id}`, { token })).body.notice
      expect(seen.author).toEqual({ id: 'yuewanhu', name: '月湾湖社区' })
      expect(seen.history).toBeUndefined()
      expect(JSON.stringify(seen)).not.toMatch(/王社工|孙社工/)
    }

    const made = await api.call('POST', '/api/reports', {
      token: resident,
      body: { category: '环境卫生', description: '垃圾桶满了', place: '3 号楼' },
    })
    const reportId = made.body.report.id as string
    const answered = await api.call('PATCH', `/api/reports/${reportId}`, {
      token: other.token,
      body: { status: 'accepted', reply: '已安排清运' },
    })
    expect(answered.body.report.timeline.at(-1).by).toEqual({ id: other.added.id, name: '孙社工' })
    const mine = (await api.call('GET', '/api/reports', { token: resident })).body.reports[0]
    expect(mine.timeline.at(-1)).toMatchObject({ reply: '已安排清运', by: { name: '月湾湖社区' } })
    expect(JSON.stringify(mine)).not.toContain('孙社工')
  })
})
