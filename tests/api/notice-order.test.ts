/**
 * @jest-environment node
 */
// The server pages notices in the domain's order: the same notices give the same residents' feed (current, then 往期)
// and the same workers' unpublished list from GET /api/notices — page by page, at any page size — as the domain's
// sortNoticesForResidents / unpublishedNotices give on the client. The notices sit on every boundary: published and
// expiring exactly now, pinned ties, equal publish and change times (the smaller id first).
import { sortNoticesForResidents, unpublishedNotices } from '@/domain/notice/order'
import { noticeState } from '@/domain/notice/rules'
import type { NoticeRecord } from '@/domain/notice/schema'
import { insertNotice } from '../../server/store/notices'
import { HOUR, allNotices, startApi, type TestApi } from './support/api-server'

let api: TestApi
let worker: string
beforeAll(async () => {
  api = await startApi()
  worker = await api.workerToken()
})
afterAll(() => api.close())

const by = { id: 'worker-1', name: '王社工' }

function record(id: string, fields: Partial<NoticeRecord>, now: Date): NoticeRecord {
  const created = new Date(now.getTime() - 48 * HOUR).toISOString()
  return {
    id,
    category: '通知',
    title: `通知 ${id}`,
    body: '正文',
    audience: '全体居民',
    pinned: false,
    publishAt: null,
    expireAt: null,
    withdrawnAt: null,
    author: by,
    createdAt: created,
    updatedAt: created,
    history: [],
    ...fields,
  }
}

describe('the server and the client put the same notices in the same order', () => {
  let notices: NoticeRecord[]

  beforeAll(async () => {
    const now = api.clock.now
    const at = (hours: number) => new Date(now.getTime() + hours * HOUR).toISOString()
    const exactlyNow = now.toISOString()
    // Ids out of alphabetical order from the times, so a tie-break by id is seen, not inherited from insertion.
    notices = [
      record('m4', { pinned: true, publishAt: at(-2) }, now),
      record('b7', { pinned: true, publishAt: at(-2) }, now),
      record('q1', { pinned: true, publishAt: at(-30) }, now),
      record('k2', { publishAt: exactlyNow }, now),
      record('z9', { publishAt: at(-1), expireAt: at(0.001) }, now),
      record('c3', { publishAt: at(-1) }, now),
      record('h5', { publishAt: at(-1), expireAt: at(5) }, now),
      record('e8', { pinned: true, publishAt: at(-3), expireAt: exactlyNow }, now),
      record('a6', { publishAt: at(-3), expireAt: at(-1) }, now),
      record('x0', { pinned: true, publishAt: at(-5), expireAt: at(-4) }, now),
      record('d1', { publishAt: at(-6), expireAt: at(-2) }, now),
      record('s8', { publishAt: at(0.001), updatedAt: at(-1) }, now),
      record('f2', { publishAt: at(24), updatedAt: at(-1) }, now),
      record('p3', { updatedAt: at(-2) }, now),
      record('g4', { updatedAt: at(-1) }, now),
      record('w6', { publishAt: at(-3), withdrawnAt: at(-2), updatedAt: at(-2) }, now),
      record('n7', { withdrawnAt: at(-1), updatedAt: at(-0.5) }, now),
    ]
    for (const notice of notices) await insertNotice(api.database.db, 'yuewanhu', notice)
  })

  it('gives the residents’ feed in the domain’s order, every notice once, at every page size', async () => {
    const now = api.clock.now
    const { current, past } = sortNoticesForResidents(notices, now)
    const expected = [...current, ...past].map((n) => n.id)
    // The domain's own answer, spelled out: pinned first (a tie to the smaller id), publish exactly now counts,
    // expiry exactly now is 往期 where pinning no longer counts; drafts, scheduled and withdrawn are left out.
    expect(expected).toEqual(['b7', 'm4', 'q1', 'k2', 'c3', 'h5', 'z9', 'a6', 'e8', 'x0', 'd1'])
    for (const limit of [1, 2, 3, 4, 20]) {
      const { notices: served } = await allNotices(api, { limit })
      expect([limit, served.map((n) => n.id)]).toEqual([limit, expected])
      expect(served.map((n) => n.state)).toEqual(served.map((n) => noticeState(n, now)))
    }
  })

  it('gives workers’ unpublished list in the domain’s order, most recently changed first', async () => {
    const now = api.clock.now
    const expected = unpublishedNotices(notices, now).map((n) => n.id)
    expect(expected).toEqual(['n7', 'f2', 'g4', 's8', 'p3', 'w6'])
    for (const limit of [1, 2, 5, 20]) {
      const { notices: served } = await allNotices(api, { limit, token: worker, section: 'unpublished' })
      expect([limit, served.map((n) => n.id)]).toEqual([limit, expected])
    }
  })

  it('moves a notice from current to 往期 at the instant it expires, on both sides', async () => {
    api.clock.advance(0.001 * HOUR) // z9 expires and s8 is published at this instant
    const now = api.clock.now
    const { current, past } = sortNoticesForResidents(notices, now)
    expect(current.map((n) => n.id)).toContain('s8')
    expect(past.map((n) => n.id)).toContain('z9')
    // A resident's session reads past the public cache, which may still hold the page of a moment ago.
    const { notices: served } = await allNotices(api, { limit: 3, token: await api.residentToken() })
    expect(served.map((n) => n.id)).toEqual([...current, ...past].map((n) => n.id))
  })
})
