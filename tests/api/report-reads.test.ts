/**
 * @jest-environment node
 */
// A resident hears back in the app: a worker's reply or status change makes the report unread for its reporter (and
// no one else), the count says how many, and opening it (POST /api/reports/:id/read, the reporter only) clears it.
import { reportListResponseSchema, reportResponseSchema, unreadCountResponseSchema } from '@/domain/api-contract'
import { startApi, type TestApi } from './support/api-server'

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

const body = { category: '设施报修', description: '5 号楼楼道灯不亮', place: '月湾湖社区 5 号楼 2 单元' }

async function submit(token: string): Promise<string> {
  const res = await api.call('POST', '/api/reports', { token, body })
  expect(res.status).toBe(201)
  return reportResponseSchema.parse(res.body).report.id
}
async function unreadOf(token: string): Promise<Record<string, boolean>> {
  const res = await api.call('GET', '/api/reports', { token })
  expect(res.status).toBe(200)
  const { reports } = reportListResponseSchema.parse(res.body)
  return Object.fromEntries(reports.map((r) => [r.id, r.unread]))
}
async function count(token: string): Promise<number> {
  const res = await api.call('GET', '/api/reports/unread-count', { token })
  expect(res.status).toBe(200)
  return unreadCountResponseSchema.parse(res.body).unread
}
const update = (id: string, patch: object) => api.call('PATCH', `/api/reports/${id}`, { token: worker, body: patch })
const read = (id: string, token: string) => api.call('POST', `/api/reports/${id}/read`, { token })

describe('what a resident has not yet seen', () => {
  it('a new report is read; a worker reply makes it unread for its reporter only', async () => {
    const a1 = await submit(alice)
    const a2 = await submit(alice)
    const b1 = await submit(bob)
    expect(await unreadOf(alice)).toEqual({ [a1]: false, [a2]: false })
    expect(await count(alice)).toBe(0)

    expect((await update(a1, { reply: '已通知物业，明天上午来修' })).status).toBe(200)
    expect(await unreadOf(alice)).toEqual({ [a1]: true, [a2]: false })
    expect(await count(alice)).toBe(1)
    expect(await unreadOf(bob)).toEqual({ [b1]: false })
    expect(await count(bob)).toBe(0)
    // Workers see the community's reports; none is "unread" for them.
    expect(Object.values(await unreadOf(worker))).toEqual([false, false, false])
  })

  it('a status change counts too; reading clears it, and a later change makes it unread again', async () => {
    const a1 = await submit(alice)
    const a2 = await submit(alice)
    await update(a1, { status: 'accepted' })
    await update(a2, { status: 'accepted', reply: '已受理' })
    expect(await count(alice)).toBe(2)

    expect((await read(a1, alice)).status).toBe(204)
    expect(await unreadOf(alice)).toEqual({ [a1]: false, [a2]: true })
    expect(await count(alice)).toBe(1)
    expect((await read(a1, alice)).status).toBe(204)
    expect(await count(alice)).toBe(1)

    await update(a1, { status: 'in-progress' })
    expect(await count(alice)).toBe(2)
  })

  it('an update that changes nothing (a refused one) leaves it read', async () => {
    const a1 = await submit(alice)
    await update(a1, { status: 'resolved' })
    await read(a1, alice)
    expect((await update(a1, { status: 'accepted' })).status).toBe(409)
    expect(await count(alice)).toBe(0)
  })

  it('another resident cannot mark it read, nor can anyone without a token: the same 404 as a missing one', async () => {
    const a1 = await submit(alice)
    await update(a1, { reply: '收到' })
    const theirs = await read(a1, bob)
    const missing = await read('no-such-report-0000', bob)
    expect(theirs.status).toBe(404)
    expect(missing).toMatchObject({ status: 404, body: theirs.body })
    expect((await api.call('POST', `/api/reports/${a1}/read`, {})).status).toBe(401)
    expect(await count(alice)).toBe(1)
    expect((await api.call('GET', '/api/reports/unread-count', {})).status).toBe(401)
  })
})
