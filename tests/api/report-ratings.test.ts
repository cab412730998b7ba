/**
 * @jest-environment node
 */
// 评价 through the API: the reporter rates a finished (已办结) report once per 办结; 不满意 puts it back in the workers'
// queue as 待回访 with the resident's words; workers page the queue (待回访, 新报告, 未回复 first) with its counts.
import { reportListResponseSchema, reportResponseSchema, type ReportView } from '@/domain/api-contract'
import { HOUR, startApi, type TestApi } from './support/api-server'

let api: TestApi
let worker: string
let alice: string
let bob: string
beforeEach(async () => {
  api = await startApi()
  worker = await api.workerToken()
  alice = await api.residentToken('alice-phone-0123456789')
  bob = await api.residentToken('bob-phone-0123456789ab')
})
afterEach(() => api.close())

const report = { category: '设施报修', description: '5 号楼楼道灯不亮', place: '月湾湖社区 5 号楼 2 单元' }

async function submit(description: string, token = alice): Promise<string> {
  const res = await api.call('POST', '/api/reports', { token, body: { ...report, description } })
  expect(res.status).toBe(201)
  api.clock.advance(HOUR)
  return res.body.report.id as string
}
const update = (id: string, body: object) => api.call('PATCH', `/api/reports/${id}`, { token: worker, body })
const rate = (id: string, body: object, token = alice) => api.call('POST', `/api/reports/${id}/rating`, { token, body })

async function queuePage(cursor?: string, limit = 20) {
  const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) })
  const res = await api.call('GET', `/api/reports?${query}`, { token: worker })
  expect(res.status).toBe(200)
  return reportListResponseSchema.parse(res.body)
}
async function mine(): Promise<ReportView[]> {
  const res = await api.call('GET', '/api/reports', { token: alice })
  return reportListResponseSchema.parse(res.body).reports
}

describe('a resident rates a finished report', () => {
  it('only once it is 已办结, and only once for that 办结', async () => {
    const id = await submit('楼道灯不亮')
    expect(await rate(id, { rating: 'satisfied' })).toMatchObject({
      status: 409,
      body: { error: '这条反映还没有办结：办结后才能评价' },
    })
    await update(id, { status: 'resolved', reply: '灯已更换' })
    const res = await rate(id, { rating: 'satisfied', words: '修得很快，谢谢' })
    expect(res.status).toBe(200)
    const rated = reportResponseSchema.parse(res.body).report
    expect(rated).toMatchObject({ status: 'resolved', rating: { value: 'satisfied', words: '修得很快，谢谢' } })
    expect(rated.timeline.at(-1)).toMatchObject({ status: 'resolved', by: null, rating: { value: 'satisfied' } })
    expect(await rate(id, { rating: 'unsatisfied' })).toMatchObject({
      status: 409,
      body: { error: '这次办结已经评价过了，每次办结只能评价一次' },
    })
    expect((await mine())[0]).toMatchObject({ status: 'resolved', rating: { value: 'satisfied' } })
  })

  it('is told what is wrong with the body (400), words limited to 200 字', async () => {
    const id = await submit('楼道灯不亮')
    await update(id, { status: 'resolved' })
    expect(await rate(id, { rating: 'great' })).toMatchObject({
      status: 400,
      body: { fields: { rating: '请选择评价：满意、基本满意、不满意' } },
    })
    expect(await rate(id, { rating: 'satisfied', words: '好'.repeat(201) })).toMatchObject({
      status: 400,
      body: { fields: { words: '评价的话不超过 200 字（现在 201 字）' } },
    })
    expect((await rate(id, { rating: 'basically-satisfied', words: '  ' })).body.report.rating).toMatchObject({
      value: 'basically-satisfied',
      words: null,
    })
  })

  it('cannot rate another resident’s report or a missing one (404), and a worker cannot rate (403)', async () => {
    const id = await submit('楼道灯不亮')
    await update(id, { status: 'resolved' })
    expect(await rate(id, { rating: 'unsatisfied' }, bob)).toMatchObject({
      status: 404,
      body: { error: '找不到这条反映' },
    })
    expect((await rate('no-such-report', { rating: 'satisfied' })).status).toBe(404)
    expect(await rate(id, { rating: 'satisfied' }, worker)).toMatchObject({
      status: 403,
      body: { error: '评价由提交反映的居民填写，工作人员不能评价' },
    })
    expect((await rate(id, { rating: 'satisfied' }, '')).status).toBe(401)
    expect((await mine())[0].rating ?? null).toBeNull()
  })
})

describe('不满意 reopens the report as 待回访', () => {
  it('puts it first in the workers’ queue with the words; a worker moves it on and it can be rated again', async () => {
    const old = await submit('井盖松动')
    await update(old, { status: 'resolved', reply: '已固定' })
    await submit('新的报告')
    const res = await rate(old, { rating: 'unsatisfied', words: '井盖还是松的' })
    expect(res.body.report).toMatchObject({
      status: 'revisit',
      rating: { value: 'unsatisfied', words: '井盖还是松的' },
    })

    const page = await queuePage()
    expect(page.reports.map((r) => [r.description, r.status])).toEqual([
      ['井盖松动', 'revisit'],
      ['新的报告', 'submitted'],
    ])
    expect(page.reports[0].rating).toMatchObject({ value: 'unsatisfied', words: '井盖还是松的' })
    expect(page.reports[0].timeline.at(-1)).toMatchObject({
      status: 'revisit',
      rating: { value: 'unsatisfied', words: '井盖还是松的' },
    })
    expect(page.queue).toEqual({ revisit: 1, new: 1, unanswered: 0 })

    // 待回访 → 处理中 with a reply, then 已办结 again: a new 办结, rated again.
    expect(await rate(old, { rating: 'satisfied' })).toMatchObject({ status: 409 })
    expect((await update(old, { status: 'accepted' })).status).toBe(409)
    expect((await update(old, { status: 'in-progress', reply: '明天上门回访' })).status).toBe(200)
    expect((await update(old, { status: 'resolved', reply: '井盖已更换' })).status).toBe(200)
    expect((await rate(old, { rating: 'basically-satisfied' })).body.report).toMatchObject({
      status: 'resolved',
      rating: { value: 'basically-satisfied' },
    })
    const [seen] = (await mine()).filter((r) => r.id === old)
    expect(seen.timeline.map((t) => [t.status, t.rating?.value ?? null])).toEqual([
      ['submitted', null],
      ['resolved', null],
      ['revisit', 'unsatisfied'],
      ['in-progress', null],
      ['resolved', null],
      ['resolved', 'basically-satisfied'],
    ])
  })
})

describe('the workers’ queue', () => {
  it('counts each group and pages across the queue order', async () => {
    // Newest last: a 已办结, an answered 处理中, an unanswered 已受理, two new, one 待回访.
    const done = await submit('已办结的')
    await update(done, { status: 'resolved' })
    const answered = await submit('已回复的')
    await update(answered, { status: 'in-progress', reply: '正在处理' })
    const silent = await submit('未回复的')
    await update(silent, { status: 'accepted' })
    await submit('新报告一')
    await submit('新报告二', bob)
    const revisit = await submit('要回访的')
    await update(revisit, { status: 'resolved' })
    await rate(revisit, { rating: 'unsatisfied', words: '没修好' })

    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const page = await queuePage(cursor, 2)
      expect(page.queue).toEqual({ revisit: 1, new: 2, unanswered: 1 })
      seen.push(...page.reports.map((r) => r.description))
      cursor = page.nextCursor ?? undefined
      pages++
    } while (cursor)
    expect(pages).toBe(3)
    expect(seen).toEqual(['要回访的', '新报告二', '新报告一', '未回复的', '已回复的', '已办结的'])

    // A resident's own list stays newest first, with no queue counts.
    const res = await api.call('GET', '/api/reports', { token: alice })
    expect(res.body.queue).toBeUndefined()
    expect(res.body.reports.map((r: ReportView) => r.description)).toEqual([
      '要回访的',
      '新报告一',
      '未回复的',
      '已回复的',
      '已办结的',
    ])
    expect((await api.call('GET', '/api/reports?cursor=bad', { token: worker })).status).toBe(400)
  })
})
