/**
 * @jest-environment node
 */
// 订阅消息 on the real server and store, sent to the fake WeChat server: a resident signed in with WeChat who accepted
// the report template gets one message per status change or reply (template id, page, data as configured); a refused
// send is recorded and never retried; a failed one is retried by the sweep within its limit and never sent twice;
// no subscription sends nothing; a new notice reaches each notice subscriber once; 删除我的全部数据 removes them.
import { sql } from 'drizzle-orm'
import { sessionResponseSchema } from '@/domain/api-contract'
import { defaultTemplateKeys } from '@/domain/subscription-messages'
import { readConfig, type ServerConfig } from '../../server/config'
import { messagesSettled, sweepMessages } from '../../server/wechat/subscribe-message'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../support/fake-wechat'
import { HOUR, MINUTE, startApi, type TestApi } from './support/api-server'

const REPORT_TEMPLATE = 'tmpl-report-progress-0001'
const NOTICE_TEMPLATE = 'tmpl-new-notice-0002'
const SEND = '/cgi-bin/message/subscribe/send'

let api: TestApi
let wechat: FakeWechat
let worker: string
let codes = 0

const wechatConfig = (templates = true): ServerConfig['wechat'] => ({
  appId: FAKE_APPID,
  secret: FAKE_SECRET,
  apiBase: wechat.base,
  templates: templates
    ? {
        report: { id: REPORT_TEMPLATE, keys: defaultTemplateKeys('report') },
        notice: { id: NOTICE_TEMPLATE, keys: defaultTemplateKeys('notice') },
      }
    : undefined,
})

beforeEach(async () => {
  wechat = await startFakeWechat()
  api = await startApi({ config: { wechat: wechatConfig() } })
  worker = await api.workerToken()
})
afterEach(async () => {
  await messagesSettled()
  await api.close()
  await wechat.close()
})

/** A resident signed in with WeChat as `openid`: their token. */
async function wechatResident(openid: string): Promise<string> {
  const code = `code-${++codes}-0123456789`
  wechat.addCode(code, openid)
  const res = await api.call('POST', '/api/session', { body: { role: 'resident', wxCode: code } })
  expect(res.status).toBe(201)
  return sessionResponseSchema.parse(res.body).token
}

const report = { category: '设施报修', description: '5 号楼楼道灯不亮', place: '月湾湖社区 5 号楼 2 单元' }
async function submit(token: string): Promise<string> {
  const res = await api.call('POST', '/api/reports', { token, body: report })
  expect(res.status).toBe(201)
  return res.body.report.id as string
}
const subscribe = (token: string, id: string, templateIds = [REPORT_TEMPLATE]) =>
  api.call('POST', `/api/reports/${id}/subscriptions`, { token, body: { templateIds } })
const update = async (id: string, body: object) => {
  const res = await api.call('PATCH', `/api/reports/${id}`, { token: worker, body })
  await messagesSettled()
  return res
}
const sendCalls = () => wechat.calls.filter((c) => c.path === SEND).length
const sweep = async () => {
  await sweepMessages(api.running.ctx)
  await messagesSettled()
}
async function deliveries() {
  const result = await api.database.db.execute(
    sql.raw('SELECT status, attempts, last_errcode FROM message_deliveries ORDER BY created_at, id'),
  )
  return (result as unknown as { rows: { status: string; attempts: number; last_errcode: number | null }[] }).rows
}

describe('report progress messages', () => {
  it('sends one message per change and subscription, with the template id, page and data', async () => {
    const alice = await wechatResident('oOpenid-alice-123456789')
    const id = await submit(alice)
    expect(await subscribe(alice, id)).toMatchObject({ status: 201, body: { open: 1 } })
    expect(await subscribe(alice, id)).toMatchObject({ status: 201, body: { open: 2 } })

    const reply = '已联系物业，明天上午更换灯泡，请留意楼道通知'
    expect((await update(id, { status: 'accepted', reply })).status).toBe(200)
    expect(wechat.sentMessages).toEqual([
      {
        touser: 'oOpenid-alice-123456789',
        template_id: REPORT_TEMPLATE,
        page: `packages/community/reports/index?id=${id}`,
        lang: 'zh_CN',
        data: {
          // 反映编号: the number a resident quotes on the phone (the day's first report here)
          character_string1: { value: 'YWH-20260501-0001' },
          phrase2: { value: '已受理' },
          // thing ≤ 20 characters: the reply is cut with …
          thing3: { value: `${[...reply].slice(0, 19).join('')}…` },
          time4: { value: '2026年5月1日 09:00' },
        },
      },
    ])

    api.clock.advance(HOUR)
    expect((await update(id, { status: 'in-progress' })).status).toBe(200)
    expect(wechat.sentMessages[1].data).toMatchObject({
      phrase2: { value: '处理中' },
      thing3: { value: '工作人员正在处理' },
      time4: { value: '2026年5月1日 10:00' },
    })
    // Both subscriptions are used: the next change has none left, and a repeated update changes nothing.
    expect((await update(id, { status: 'in-progress' })).status).toBe(200)
    expect((await update(id, { status: 'resolved', reply: '已更换' })).status).toBe(200)
    expect(wechat.sentMessages).toHaveLength(2)
    expect(await deliveries()).toEqual([
      { status: 'sent', attempts: 1, last_errcode: null },
      { status: 'sent', attempts: 1, last_errcode: null },
    ])
  })

  it('sends nothing without a subscription, and the PATCH answers 200 even with WeChat down', async () => {
    const alice = await wechatResident('oOpenid-alice-123456789')
    const id = await submit(alice)
    expect((await update(id, { status: 'accepted' })).status).toBe(200)
    expect(sendCalls()).toBe(0)

    expect((await subscribe(alice, id)).status).toBe(201)
    wechat.down = true
    expect((await update(id, { status: 'in-progress', reply: '已派人' })).status).toBe(200)
    expect(await deliveries()).toMatchObject([{ status: 'failed', attempts: 1 }])
  })

  it('records a refused send (43101) and does not try it again', async () => {
    const alice = await wechatResident('oOpenid-alice-123456789')
    const id = await submit(alice)
    await subscribe(alice, id)
    wechat.refuseMessagesTo.add('oOpenid-alice-123456789')
    expect((await update(id, { status: 'accepted' })).status).toBe(200)
    expect(await deliveries()).toEqual([{ status: 'refused', attempts: 1, last_errcode: 43101 }])
    api.clock.advance(HOUR)
    await sweep()
    expect(sendCalls()).toBe(1)
    expect(wechat.sentMessages).toEqual([])
  })

  it('retries a failed send (busy, then HTTP 500) with backoff until it is sent, once', async () => {
    const alice = await wechatResident('oOpenid-alice-123456789')
    const id = await submit(alice)
    await subscribe(alice, id)
    wechat.failNextMessages(1, 'busy')
    expect((await update(id, { status: 'accepted', reply: '收到' })).status).toBe(200)
    expect(await deliveries()).toEqual([{ status: 'failed', attempts: 1, last_errcode: -1 }])

    await sweep() // not due yet
    expect(sendCalls()).toBe(1)
    wechat.failNextMessages(1, 'http-500')
    api.clock.advance(MINUTE)
    await sweep()
    expect(await deliveries()).toEqual([{ status: 'failed', attempts: 2, last_errcode: null }])
    api.clock.advance(5 * MINUTE)
    // Two sweeps at once (two processes): the delivery is claimed by one of them only.
    await Promise.all([sweep(), sweep()])
    expect(await deliveries()).toEqual([{ status: 'sent', attempts: 3, last_errcode: null }])
    api.clock.advance(HOUR)
    await sweep()
    expect(sendCalls()).toBe(3)
    expect(wechat.sentMessages).toHaveLength(1)
  })

  it('gives up after 3 failed attempts', async () => {
    const alice = await wechatResident('oOpenid-alice-123456789')
    const id = await submit(alice)
    await subscribe(alice, id)
    wechat.failNextMessages(10, 'busy')
    await update(id, { status: 'accepted' })
    for (let i = 0; i < 4; i++) {
      api.clock.advance(HOUR)
      await sweep()
    }
    expect(sendCalls()).toBe(3)
    expect(await deliveries()).toEqual([{ status: 'failed', attempts: 3, last_errcode: -1 }])
  })

  it('takes subscriptions only from WeChat residents, for their own open reports and the configured template', async () => {
    const alice = await wechatResident('oOpenid-alice-123456789')
    const bob = await wechatResident('oOpenid-bob-987654321')
    const id = await submit(alice)
    expect(await subscribe(bob, id)).toMatchObject({ status: 404 })
    expect(await subscribe(alice, id, ['some-other-template'])).toMatchObject({ status: 400 })
    const h5 = await api.residentToken()
    const own = await submit(h5)
    expect(await subscribe(h5, own)).toMatchObject({ status: 409 })
    expect(await api.call('GET', '/api/message-templates')).toMatchObject({
      status: 200,
      body: { report: REPORT_TEMPLATE, notice: NOTICE_TEMPLATE },
    })
  })
})

describe('new notice messages', () => {
  const notice = { category: '通知', title: '5 月 2 日停水通知：因管道检修暂停供水', body: '请提前储水。' }
  let keys = 0
  const publish = async (body: object) => {
    const res = await api.call('POST', '/api/notices', {
      token: worker,
      body,
      headers: { 'Idempotency-Key': `notice-key-${++keys}-0123456789` },
    })
    expect(res.status).toBe(201)
    await messagesSettled()
    return res.body.notice.id as string
  }
  const subscribeNotices = (token: string) =>
    api.call('POST', '/api/notice-subscriptions', { token, body: { templateIds: [NOTICE_TEMPLATE] } })

  it('sends a new notice to each subscriber once; the next one needs a new tap', async () => {
    const alice = await wechatResident('oOpenid-alice-123456789')
    const bob = await wechatResident('oOpenid-bob-987654321')
    expect(await subscribeNotices(alice)).toMatchObject({ status: 201, body: { open: 1 } })
    expect((await subscribeNotices(bob)).status).toBe(201)
    api.clock.advance(MINUTE)
    const id = await publish(notice)
    expect(wechat.sentMessages.map((m) => m.touser).sort()).toEqual([
      'oOpenid-alice-123456789',
      'oOpenid-bob-987654321',
    ])
    expect(wechat.sentMessages[0]).toMatchObject({
      template_id: NOTICE_TEMPLATE,
      page: `packages/community/notice/index?id=${id}`,
      data: {
        thing1: { value: '5 月 2 日停水通知：因管道检修暂停…' },
        thing2: { value: '月湾湖社区' },
        time3: { value: '2026年5月1日 09:01' },
      },
    })
    await publish({ ...notice, title: '又一条通知' })
    await sweep()
    expect(wechat.sentMessages).toHaveLength(2)
  })

  it('uses a second tap for the next notice, not for a second copy of this one', async () => {
    const alice = await wechatResident('oOpenid-alice-123456789')
    expect(await subscribeNotices(alice)).toMatchObject({ body: { open: 1 } })
    expect(await subscribeNotices(alice)).toMatchObject({ body: { open: 2 } })
    api.clock.advance(MINUTE)
    await publish(notice)
    await sweep()
    expect(wechat.sentMessages).toHaveLength(1)
    api.clock.advance(MINUTE)
    await publish({ ...notice, title: '5 月 3 日恢复供水' })
    await sweep()
    expect(wechat.sentMessages.map((m) => m.data.thing1.value)).toEqual([
      '5 月 2 日停水通知：因管道检修暂停…',
      '5 月 3 日恢复供水',
    ])
  })

  it('sends nothing for a draft, and sends it once a worker publishes it', async () => {
    const alice = await wechatResident('oOpenid-alice-123456789')
    await subscribeNotices(alice)
    api.clock.advance(MINUTE)
    const id = await publish({ ...notice, mode: 'draft' })
    await sweep()
    expect(wechat.sentMessages).toHaveLength(0)
    api.clock.advance(MINUTE)
    const res = await api.call('PATCH', `/api/notices/${id}`, { token: worker, body: { action: 'publish' } })
    expect(res.status).toBe(200)
    await messagesSettled()
    expect(wechat.sentMessages).toMatchObject([{ page: `packages/community/notice/index?id=${id}` }])
  })

  it('sends a scheduled notice when the sweep sees it published', async () => {
    const alice = await wechatResident('oOpenid-alice-123456789')
    await subscribeNotices(alice)
    await publish({ ...notice, mode: 'scheduled', publishAt: '2026-05-01T12:00:00+08:00' })
    await sweep()
    expect(wechat.sentMessages).toHaveLength(0)
    api.clock.advance(4 * HOUR)
    await sweep()
    await sweep()
    expect(wechat.sentMessages).toHaveLength(1)
  })
})

describe('without templates configured', () => {
  it('offers no template ids and takes no subscriptions', async () => {
    await api.close()
    api = await startApi({ config: { wechat: wechatConfig(false) } })
    expect((await api.call('GET', '/api/message-templates')).body).toEqual({ report: null, notice: null })
    const alice = await wechatResident('oOpenid-alice-123456789')
    const id = await submit(alice)
    expect(await subscribe(alice, id)).toMatchObject({ status: 404 })
  })
})

describe('删除我的全部数据', () => {
  it('removes the resident’s subscriptions and deliveries, and only theirs', async () => {
    const alice = await wechatResident('oOpenid-alice-123456789')
    const bob = await wechatResident('oOpenid-bob-987654321')
    const id = await submit(alice)
    await subscribe(alice, id)
    await subscribe(alice, id)
    await api.call('POST', '/api/notice-subscriptions', { token: alice, body: { templateIds: [NOTICE_TEMPLATE] } })
    await api.call('POST', '/api/notice-subscriptions', { token: bob, body: { templateIds: [NOTICE_TEMPLATE] } })
    await update(id, { status: 'accepted' })
    expect(await api.count('message_deliveries')).toBe(1)
    expect((await api.call('DELETE', '/api/me', { token: alice })).status).toBe(204)
    expect(await api.count('message_subscriptions')).toBe(1)
    expect(await api.count('message_deliveries')).toBe(0)
  })
})

describe('the template configuration', () => {
  const env = (more: Record<string, string>) =>
    ({
      WECHAT_APPID: FAKE_APPID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_PUSH_TOKEN: 'pushToken123',
      PUBLIC_BASE_URL: 'https://api.example.com',
      ...more,
    }) as unknown as NodeJS.ProcessEnv
  const read = (more: Record<string, string>) => readConfig(env(more), { dataDir: '/nonexistent' }).wechat?.templates

  it('reads the template ids and each field’s data key, with defaults', () => {
    expect(
      read({ WECHAT_TEMPLATE_REPORT: 'AbC-report_tmpl1', WECHAT_TEMPLATE_REPORT_KEYS: 'summary=thing7, time=time9' }),
    ).toEqual({
      report: {
        id: 'AbC-report_tmpl1',
        keys: { number: 'character_string1', status: 'phrase2', summary: 'thing7', time: 'time9' },
      },
      notice: null,
    })
  })

  it('refuses a key of the wrong keyword type or an unknown field, naming the setting', () => {
    expect(() =>
      read({ WECHAT_TEMPLATE_NOTICE: 'notice-tmpl-01', WECHAT_TEMPLATE_NOTICE_KEYS: 'title=phrase1' }),
    ).toThrow(/WECHAT_TEMPLATE_NOTICE_KEYS/)
    expect(() =>
      read({ WECHAT_TEMPLATE_NOTICE: 'notice-tmpl-01', WECHAT_TEMPLATE_NOTICE_KEYS: 'colour=thing1' }),
    ).toThrow(/WECHAT_TEMPLATE_NOTICE_KEYS/)
  })
})
