/**
 * @jest-environment node
 */
// 小事快办 through the API: residents report with up to 3 photos uploaded first and see only their own reports; workers
// see their community's and move them forward along 已提交 → 已受理 → 处理中 → 已办结 with replies.
import {
  IDEMPOTENT_REPLAY_HEADER,
  reportListResponseSchema,
  reportResponseSchema,
  type ReportView,
} from '@/domain/api-contract'
import { HOUR, jpegBytes, startApi, type TestApi } from './support/api-server'

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

async function submit(token: string, body: object = report, headers: Record<string, string> = {}) {
  return api.call('POST', '/api/reports', { token, body, headers })
}
async function reports(token: string): Promise<ReportView[]> {
  const res = await api.call('GET', '/api/reports', { token })
  expect(res.status).toBe(200)
  return reportListResponseSchema.parse(res.body).reports
}

describe('a resident reports a problem', () => {
  it('needs a token (401), and is told what is missing (400)', async () => {
    expect(await api.call('POST', '/api/reports', { body: report })).toMatchObject({
      status: 401,
      body: { error: '请先登录' },
    })
    expect((await api.call('GET', '/api/reports')).status).toBe(401)
    expect(await submit(alice, { category: '设施报修', place: ' ' })).toMatchObject({
      status: 400,
      body: { fields: { description: '请填写问题描述', place: '请填写地点' } },
    })
  })

  it('sees it as 已提交, and only their own reports; a worker sees everyone’s', async () => {
    const res = await submit(alice)
    expect(res.status).toBe(201)
    const mine = reportResponseSchema.parse(res.body).report
    expect(mine).toMatchObject({ status: 'submitted', mine: true, timeline: [{ status: 'submitted', by: null }] })
    expect(res.body.report.ownerId).toBeUndefined()
    api.clock.advance(HOUR)
    await submit(bob, { ...report, description: '小区门口井盖松动' })

    expect((await reports(alice)).map((r) => r.description)).toEqual(['5 号楼楼道灯不亮'])
    expect((await reports(bob)).map((r) => r.description)).toEqual(['小区门口井盖松动'])
    const all = await reports(worker)
    expect(all.map((r) => [r.description, r.mine])).toEqual([
      ['小区门口井盖松动', false],
      ['5 号楼楼道灯不亮', false],
    ])
  })

  it('keeps their reports when the app asks for a new token with the same device id', async () => {
    await submit(alice)
    const again = await api.residentToken('alice-phone-0123456789')
    expect(await reports(again)).toHaveLength(1)
  })

  it('with 3 photos uploaded first, which come back in order and can be fetched', async () => {
    const uploaded = []
    for (const side of [40, 50, 60]) uploaded.push((await api.uploadPhoto(alice, await jpegBytes(side))).body.photo)
    const res = await submit(alice, { ...report, photoIds: uploaded.map((p) => p.id) })
    expect(res.status).toBe(201)
    const saved = reportResponseSchema.parse(res.body).report
    expect(saved.photos.map((p) => p.id)).toEqual(uploaded.map((p) => p.id))
    const photo = await fetch(api.base + saved.photos[0].url)
    expect(photo.status).toBe(200)
    expect(photo.headers.get('content-type')).toBe('image/jpeg')
    const bytes = Buffer.from(await photo.arrayBuffer())
    expect(bytes.length).toBe(uploaded[0].bytes)
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    // An id with no signed URL is refused as a forged link, whether or not a photo has it.
    expect((await fetch(`${api.base}/api/photos/aaaaaaaaaaaaaaaaaaaaaa`)).status).toBe(403)
    expect((await reports(worker))[0].photos).toHaveLength(3)
  })

  it('is refused a fourth photo, a photo named twice, and a photo that is not theirs or already used', async () => {
    const ids = []
    for (let i = 0; i < 4; i++)
      ids.push((await api.uploadPhoto(alice, await jpegBytes(32 + i))).body.photo.id as string)
    expect(await submit(alice, { ...report, photoIds: ids })).toMatchObject({
      status: 400,
      body: { fields: { photoIds: '最多 3 张照片' } },
    })
    expect(await submit(alice, { ...report, photoIds: [ids[0], ids[0]] })).toMatchObject({
      status: 400,
      body: { fields: { photoIds: '同一张照片只能添加一次' } },
    })
    const refused = { status: 400, body: { fields: { photoIds: '照片无效：请重新添加照片后再提交' } } }
    expect(await submit(bob, { ...report, photoIds: [ids[0]] })).toMatchObject(refused)
    expect((await submit(alice, { ...report, photoIds: [ids[0]] })).status).toBe(201)
    expect(await submit(alice, { ...report, photoIds: [ids[0], ids[1]] })).toMatchObject(refused)
    // A refused report leaves nothing behind: ids[1] is still free to use.
    expect((await submit(alice, { ...report, photoIds: [ids[1]] })).status).toBe(201)
    expect(await reports(worker)).toHaveLength(2)
  })

  it('gets 413 for a JSON body over 64 KB, and is told photos go to POST /api/photos', async () => {
    const tooBig = await submit(alice, { ...report, photos: ['data:image/jpeg;base64,' + 'A'.repeat(100_000)] })
    expect(tooBig).toMatchObject({ status: 413, body: { error: '提交的内容太大（上限 64 KB）' } })
    expect(await submit(alice, { ...report, photos: [] })).toMatchObject({
      status: 400,
      body: { fields: { photos: '不支持这个字段' } },
    })
    expect(await reports(worker)).toEqual([])
  })

  it('sent twice by the outbox with one Idempotency-Key, is one report', async () => {
    const key = 'report-outbox-0001'
    const first = await submit(alice, report, { 'Idempotency-Key': key })
    const again = await submit(alice, report, { 'Idempotency-Key': key })
    expect([first.status, again.status]).toEqual([201, 200])
    expect(again.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true')
    expect(again.body.report.id).toBe(first.body.report.id)
    expect((await submit(alice, { ...report, place: '别处' }, { 'Idempotency-Key': key })).status).toBe(409)
    // Bob's outbox may use the same key: keys belong to whoever sends them.
    expect((await submit(bob, report, { 'Idempotency-Key': key })).status).toBe(201)
    expect(await reports(worker)).toHaveLength(2)
  })
})

describe('a worker handles a report', () => {
  const update = (id: string, body: object, token = worker) => api.call('PATCH', `/api/reports/${id}`, { token, body })

  it('moves it forward with replies, which the resident sees on the timeline as from the community', async () => {
    const id = (await submit(alice)).body.report.id as string
    api.clock.advance(HOUR)
    expect((await update(id, { status: 'accepted', reply: '已收到，今天派电工查看' })).status).toBe(200)
    api.clock.advance(HOUR)
    expect((await update(id, { status: 'resolved', reply: '灯已更换' })).status).toBe(200)
    const [seen] = await reports(alice)
    expect(seen.status).toBe('resolved')
    expect(seen.timeline.map((t) => [t.status, t.reply, t.by?.name ?? null])).toEqual([
      ['submitted', null, null],
      ['accepted', '已收到，今天派电工查看', '月湾湖社区'],
      ['resolved', '灯已更换', '月湾湖社区'],
    ])
  })

  it('cannot move it back (409), and residents cannot update it at all (403)', async () => {
    const id = (await submit(alice)).body.report.id as string
    await update(id, { status: 'in-progress' })
    expect(await update(id, { status: 'accepted' })).toMatchObject({
      status: 409,
      body: { fields: { status: '已是「处理中」，状态只能向前推进，不能改回「已受理」' } },
    })
    expect(await update(id, { status: 'resolved' }, alice)).toMatchObject({
      status: 403,
      body: { error: '只有社区工作人员可以这样做' },
    })
    expect((await update(id, { status: 'resolved' }, '')).status).toBe(401)
    expect(await update(id, { status: 'done' })).toMatchObject({ status: 400 })
    expect(await update('no-such-report', { status: 'accepted' })).toMatchObject({
      status: 404,
      body: { error: '找不到这条反映' },
    })
    expect((await reports(alice))[0].status).toBe('in-progress')
  })
})
