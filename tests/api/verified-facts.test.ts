/**
 * @jest-environment node
 */
// 待核实 → 已核实 on the real server: a worker verifies the 冬季供暖 guide's 地点 and 咨询电话 and anyone then reads the
// value with who, when and how; the history keeps every verification; past its re-check date it is 待复核; residents,
// strangers and other communities' workers cannot verify here; a wrong value, an unknown guide or 官方公示 without
// evidence is refused and nothing is stored; a resident's 信息纠错 report reaches the workers' queue with its subject,
// and the verification that answers it resolves it — the resident hears back in the app and by 订阅消息.
import { sql } from 'drizzle-orm'
import { reportListResponseSchema, sessionResponseSchema } from '@/domain/api-contract'
import { defaultTemplateKeys } from '@/domain/subscription-messages'
import {
  verifiedFactHistorySchema,
  verifiedFactListSchema,
  verifiedFactResponseSchema,
  type VerifyBodyInput,
} from '@/domain/verified-facts'
import type { ServerConfig } from '../../server/config'
import { cleanUp } from '../../server/store/clean-up'
import { ensureCommunity } from '../../server/store/communities'
import { messagesSettled } from '../../server/wechat/subscribe-message'
import { FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../support/fake-wechat'
import { HOUR, START, WORKER_NAME, jpegBytes, startApi, type StartOptions, type TestApi } from './support/api-server'

const HEATING = 'utilities-heating'
const FACTS = '/api/verified-facts'
const DAY = 24 * HOUR
const PLACE = { text: '月湾湖社区居委会一楼服务窗口', point: null }

let api: TestApi
let worker: string
let wechat: FakeWechat | null = null
afterEach(async () => {
  await messagesSettled()
  await api.close()
  await wechat?.close()
  wechat = null
})

const start = async (options: StartOptions = {}) => {
  api = await startApi(options)
  worker = await api.workerToken()
}

const verify = (body: VerifyBodyInput, token = worker) => api.call('POST', FACTS, { token, body })
const heating = (field: string, value: unknown, more: Partial<VerifyBodyInput> = {}): VerifyBodyInput => ({
  subject: { kind: 'guide', id: HEATING, field },
  value,
  method: 'phone',
  recheckBy: '2026-11-01',
  ...more,
})
async function currentFacts(query = '') {
  const res = await api.call('GET', `${FACTS}${query}`)
  expect(res.status).toBe(200)
  return verifiedFactListSchema.parse(res.body)
}
const factOf = async (field: string) => (await currentFacts()).facts.find((f) => f.subject.field === field)
const stored = () => api.count('verified_facts')

describe('a worker verifies what the sources leave out', () => {
  beforeEach(() => start())

  it('the heating guide’s 地点 and 咨询电话 are shown to anyone with who, when and how', async () => {
    const where = await verify(heating('where', PLACE, { method: 'on-site' }))
    expect(where.status).toBe(201)
    expect(verifiedFactResponseSchema.parse(where.body).fact).toMatchObject({
      subject: { kind: 'guide', id: HEATING, field: 'where' },
      value: PLACE,
      stale: false,
    })
    // The phone as typed with a space is kept as one dials it.
    expect((await verify(heating('phone', '0395 0000000'))).status).toBe(201)

    const list = await currentFacts()
    expect(list.asOf).toBe(START.toISOString())
    expect(list.facts).toHaveLength(2)
    expect(await factOf('phone')).toMatchObject({
      value: '03950000000',
      method: 'phone',
      verifiedBy: { worker: { name: WORKER_NAME }, community: { id: 'yuewanhu', name: '月湾湖社区' } },
      verifiedAt: START.toISOString(),
      recheckBy: '2026-11-01',
      evidence: { noticeTitle: null, photoUrl: null },
      stale: false,
    })
    expect(await factOf('where')).toMatchObject({ value: PLACE, method: 'on-site' })
    // Named explicitly, the same community answers the same; an unknown one is a plain 404.
    expect((await currentFacts('?community=yuewanhu')).facts).toHaveLength(2)
    expect((await api.call('GET', `${FACTS}?community=nowhere`)).status).toBe(404)
  })

  it('the history keeps both of two verifications, and the newest is the current value', async () => {
    expect((await verify(heating('phone', '0395-0000000'))).status).toBe(201)
    api.clock.advance(2 * HOUR)
    expect((await verify(heating('phone', '0395-7654321', { method: 'on-site' }))).status).toBe(201)

    expect(await factOf('phone')).toMatchObject({ value: '0395-7654321', method: 'on-site' })
    const res = await api.call('GET', `${FACTS}/history?kind=guide&id=${HEATING}&field=phone`, { token: worker })
    expect(res.status).toBe(200)
    const { history } = verifiedFactHistorySchema.parse(res.body)
    expect(history.map((f) => [f.value, f.verifiedAt])).toEqual([
      ['0395-7654321', new Date(START.getTime() + 2 * HOUR).toISOString()],
      ['0395-0000000', START.toISOString()],
    ])
    // The history is the workers': a resident is refused, and a bad subject is a 400 naming the field.
    const resident = await api.residentToken()
    const asResident = await api.call('GET', `${FACTS}/history?kind=guide&id=${HEATING}&field=phone`, {
      token: resident,
    })
    expect(asResident.status).toBe(403)
    const bad = await api.call('GET', `${FACTS}/history?kind=guide&id=${HEATING}&field=colour`, { token: worker })
    expect(bad.status).toBe(400)
    expect(bad.body.fields).toHaveProperty('field')
  })

  it('past its re-check date the value is 待复核 (stale), on the day after — not on the day itself', async () => {
    expect((await verify(heating('phone', '0395-0000000', { recheckBy: '2026-05-10' }))).status).toBe(201)
    // 2026-05-10 23:30 in China: still the re-check day.
    api.clock.now = new Date('2026-05-10T15:30:00.000Z')
    expect((await factOf('phone'))?.stale).toBe(false)
    // 2026-05-11 00:30 in China.
    api.clock.now = new Date('2026-05-10T16:30:00.000Z')
    expect((await factOf('phone'))?.stale).toBe(true)
  })

  it('the re-check date must be after today and at most two years ahead', async () => {
    const today = await verify(heating('phone', '0395-0000000', { recheckBy: '2026-05-01' }))
    expect(today.status).toBe(422)
    expect(today.body.fields.recheckBy).toContain('今天之后')
    const far = await verify(heating('phone', '0395-0000000', { recheckBy: '2028-06-01' }))
    expect(far.status).toBe(422)
    expect(far.body.fields.recheckBy).toContain('730')
    expect((await verify(heating('phone', '0395-0000000', { recheckBy: '2026-02-30' }))).status).toBe(422)
    expect(await stored()).toBe(0)
  })

  it('a wrong phone, an unknown guide and 官方公示 without evidence are refused with 422; nothing is stored', async () => {
    const phone = await verify(heating('phone', '拨打12345'))
    expect(phone.status).toBe(422)
    expect(phone.body.fields.value).toContain('电话号码格式不对')

    const unknown = await verify({
      ...heating('phone', '0395-0000000'),
      subject: { kind: 'guide', id: 'no-such-guide', field: 'phone' },
    })
    expect(unknown.status).toBe(422)
    expect(unknown.body.fields['subject.id']).toBe('没有这个办事指南')

    const notice = await verify(heating('phone', '0395-0000000', { method: 'official-notice' }))
    expect(notice.status).toBe(422)
    expect(notice.body.fields['evidence.noticeTitle']).toContain('公示')

    const park = await verify({
      subject: { kind: 'park', id: 'nowhere-park', field: 'hours' },
      value: { kind: 'always' },
      method: 'on-site',
      recheckBy: '2026-11-01',
    })
    expect(park.status).toBe(422)
    expect(park.body.fields['subject.id']).toBe('没有这个公园')
    expect(await stored()).toBe(0)
    expect((await currentFacts()).facts).toEqual([])
  })

  it('官方公示 with a photo of the notice: anyone can open the photo by its link, and the clean-up keeps it', async () => {
    const upload = await api.uploadPhoto(worker, await jpegBytes())
    expect(upload.status).toBe(201)
    const photoId = upload.body.photo.id as string
    const body = heating('hours', '每年11月15日至次年3月15日供暖', {
      method: 'official-notice',
      evidence: { photoId, noticeTitle: '关于2026年冬季供暖的公告' },
    })
    expect((await verify(body)).status).toBe(201)

    const fact = await factOf('hours')
    expect(fact?.evidence.noticeTitle).toBe('关于2026年冬季供暖的公告')
    const url = fact?.evidence.photoUrl
    expect(url).toMatch(new RegExp(`^/api/photos/${photoId}\\?exp=`))
    const photo = await fetch(api.base + url)
    expect(photo.status).toBe(200)
    expect(photo.headers.get('content-type')).toBe('image/jpeg')

    // Unclaimed photos go after a day; one a verification names stays.
    api.clock.advance(2 * DAY)
    await cleanUp(api.database.db, api.clock.now)
    expect(await api.count('photos')).toBe(1)
  })

  it('a photo someone else uploaded cannot be the evidence', async () => {
    const resident = await api.residentToken()
    const upload = await api.uploadPhoto(resident, await jpegBytes())
    const body = heating('hours', '每年11月15日起供暖', {
      method: 'official-notice',
      evidence: { photoId: upload.body.photo.id as string },
    })
    const res = await verify(body)
    expect(res.status).toBe(422)
    expect(res.body.fields['evidence.photoId']).toContain('照片无效')
    expect(await stored()).toBe(0)
  })
})

describe('who may verify', () => {
  beforeEach(() => start())

  it('a resident is refused with 403 in Chinese, no token with 401; nothing is stored', async () => {
    const resident = await api.residentToken()
    const refused = await verify(heating('phone', '0395-0000000'), resident)
    expect(refused.status).toBe(403)
    expect(refused.body.error).toBe('只有社区工作人员可以这样做')
    const anonymous = await api.call('POST', FACTS, { body: heating('phone', '0395-0000000') })
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.error).toBe('请先登录')
    expect(await stored()).toBe(0)
    expect((await currentFacts()).facts).toEqual([])
  })

  it('a worker of another community verifies only for theirs: ours is untouched, our contacts are refused', async () => {
    await ensureCommunity(api.database.db, { id: 'other-community', name: '别的社区' })
    const { token: stranger } = await api.newWorker({ community: 'other-community', name: '外社区社工' })
    expect((await verify(heating('phone', '0395-1111111'), stranger)).status).toBe(201)
    expect((await currentFacts()).facts).toEqual([])
    expect((await currentFacts('?community=other-community')).facts).toMatchObject([
      { value: '0395-1111111', verifiedBy: { community: { name: '别的社区' } } },
    ])

    const ours = { subject: { kind: 'community', id: 'yuewanhu', field: 'phone' }, value: '0395-2222222' } as const
    const contacts = await verify({ ...ours, method: 'phone', recheckBy: '2026-11-01' }, stranger)
    expect(contacts.status).toBe(403)
    expect(contacts.body.error).toContain('本社区')
    // Our own worker may.
    expect((await verify({ ...ours, method: 'phone', recheckBy: '2026-11-01' })).status).toBe(201)
    expect((await currentFacts()).facts).toMatchObject([{ subject: ours.subject, value: '0395-2222222' }])
    // Their history of the heating phone is theirs alone; ours shows none of it.
    const history = await api.call('GET', `${FACTS}/history?kind=guide&id=${HEATING}&field=phone`, { token: worker })
    expect(history.body.history).toEqual([])
  })
})

/** The resident's side of one report: its status, last reply, whether it is unread, and their unread count. */
async function residentView(token: string, id: string) {
  const list = reportListResponseSchema.parse((await api.call('GET', '/api/reports', { token })).body)
  const report = list.reports.find((r) => r.id === id)!
  const count = (await api.call('GET', '/api/reports/unread-count', { token })).body.unread as number
  return {
    status: report.status,
    reply: report.timeline[report.timeline.length - 1].reply,
    unread: report.unread,
    count,
  }
}

const correction = {
  category: '信息纠错',
  description: '咨询电话写的是待核实，居委会门口贴的供暖电话是 0395-0000000',
  place: '冬季供暖 · 咨询电话',
  subject: { kind: 'guide', id: HEATING, field: 'phone' },
}

describe('a resident’s 信息纠错 report', () => {
  const REPORT_TEMPLATE = 'tmpl-report-progress-0001'
  const RISKY = '违规样本词'
  const withWechat = async () => {
    wechat = await startFakeWechat()
    wechat.textVerdicts.set(RISKY, 'risky')
    const config: ServerConfig['wechat'] = {
      appId: FAKE_APPID,
      secret: FAKE_SECRET,
      apiBase: wechat.base,
      templates: { report: { id: REPORT_TEMPLATE, keys: defaultTemplateKeys('report') }, notice: null },
    }
    await start({ config: { wechat: config } })
  }
  async function wechatSession(body: Record<string, string>, openid: string) {
    const code = `code-${openid}-${Math.random().toString(36).slice(2)}`
    wechat!.addCode(code, openid)
    const res = await api.call('POST', '/api/session', { body: { ...body, wxCode: code } })
    expect(res.status).toBe(201)
    return sessionResponseSchema.parse(res.body).token
  }

  it('reaches the queue with its subject; the verification answering it resolves it and the resident hears back', async () => {
    await withWechat()
    const alice = await wechatSession({ role: 'resident' }, 'oOpenid-alice-123456789')
    const sent = await api.call('POST', '/api/reports', { token: alice, body: correction })
    expect(sent.status).toBe(201)
    expect(sent.body.report.subject).toEqual(correction.subject)
    const id = sent.body.report.id as string
    const subscribed = await api.call('POST', `/api/reports/${id}/subscriptions`, {
      token: alice,
      body: { templateIds: [REPORT_TEMPLATE] },
    })
    expect(subscribed.status).toBe(201)

    const queue = reportListResponseSchema.parse((await api.call('GET', '/api/reports', { token: worker })).body)
    expect(queue.reports).toMatchObject([{ id, category: '信息纠错', subject: correction.subject }])

    api.clock.advance(HOUR)
    const res = await verify(heating('phone', '0395-0000000', { reportId: id }))
    expect(res.status).toBe(201)
    await messagesSettled()

    expect(await residentView(alice, id)).toEqual({
      status: 'resolved',
      reply: '已核实并更新：咨询电话：0395-0000000',
      unread: true,
      count: 1,
    })
    expect(wechat!.sentMessages).toMatchObject([
      { touser: 'oOpenid-alice-123456789', template_id: REPORT_TEMPLATE, data: { phrase2: { value: '已办结' } } },
    ])
    expect((await factOf('phone'))?.value).toBe('0395-0000000')
  })

  it('a subject on another category is refused; a verification naming a non-correction report stores nothing', async () => {
    await start()
    const resident = await api.residentToken()
    const wrong = await api.call('POST', '/api/reports', {
      token: resident,
      body: { ...correction, category: '设施报修' },
    })
    expect(wrong.status).toBe(422)
    expect(wrong.body.fields.category).toContain('信息纠错')
    expect(await api.count('reports')).toBe(0)

    const { subject: _, ...plain } = { ...correction, category: '设施报修' }
    const repair = await api.call('POST', '/api/reports', { token: resident, body: plain })
    expect(repair.status).toBe(201)
    const res = await verify(heating('phone', '0395-0000000', { reportId: repair.body.report.id as string }))
    expect(res.status).toBe(422)
    expect(res.body.fields).toHaveProperty('reportId')
    expect(await stored()).toBe(0)
    expect((await residentView(resident, repair.body.report.id as string)).status).toBe('submitted')
  })

  it('another community’s worker cannot answer it: refused, the report stays as it was', async () => {
    await start()
    const resident = await api.residentToken()
    const id = (await api.call('POST', '/api/reports', { token: resident, body: correction })).body.report.id as string
    await ensureCommunity(api.database.db, { id: 'other-community', name: '别的社区' })
    const { token: stranger } = await api.newWorker({ community: 'other-community', name: '外社区社工' })
    const res = await verify(heating('phone', '0395-0000000', { reportId: id }), stranger)
    expect(res.status).toBe(422)
    expect(await stored()).toBe(0)
    expect(await residentView(resident, id)).toMatchObject({ status: 'submitted', unread: false, count: 0 })
  })

  it('a text value WeChat refuses is 422 and nothing is stored', async () => {
    await withWechat()
    // A worker whose invite bound their WeChat: their session is checked with their openid.
    const added = await api.invite({ name: '微信社工' })
    const bound = await wechatSession({ role: 'worker', invite: added.invite.code }, 'oOpenid-worker-000000001')
    const res = await verify(heating('hours', `工作日${RISKY}上午`), bound)
    expect(res.status).toBe(422)
    expect(res.body.code).toBe('content-refused')
    expect(await stored()).toBe(0)
    expect((await verify(heating('hours', '工作日上午 9:00-12:00'), bound)).status).toBe(201)
  })

  it('deleting the resident’s data takes their correction report; the worker’s verification stays', async () => {
    await start()
    const resident = await api.residentToken()
    const id = (await api.call('POST', '/api/reports', { token: resident, body: correction })).body.report.id as string
    expect((await verify(heating('phone', '0395-0000000', { reportId: id }))).status).toBe(201)
    expect((await api.call('DELETE', '/api/me', { token: resident })).status).toBe(204)
    expect(await api.count('reports')).toBe(0)
    const rows = await api.database.db.execute(
      sql.raw(`SELECT count(*)::int AS n FROM verified_facts t WHERE t::text LIKE '%${id}%'`),
    )
    expect((rows as unknown as { rows: { n: number }[] }).rows[0].n).toBe(0)
    expect((await factOf('phone'))?.value).toBe('0395-0000000')
  })
})
