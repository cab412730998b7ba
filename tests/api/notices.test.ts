/**
 * @jest-environment node
 */
// The notices API as a worker and a resident use it: who may write (401 / 403), field messages (400), the outbox's
// Idempotency-Key (never a second notice), scheduling, 往期, pinning, withdrawing, edit history and the size limit.
import { IDEMPOTENT_REPLAY_HEADER } from '@/domain/api-contract'
import { noticeResponseSchema, type NoticeSummary } from '@/domain/notice/api'
import { HOUR, allNotices, feed, startApi, type TestApi } from './support/api-server'

let api: TestApi
let worker: string
beforeEach(async () => {
  api = await startApi()
  worker = await api.workerToken()
})
afterEach(() => api.close())

const notice = {
  category: '通知',
  title: '5 月 2 日停水通知',
  body: '因管道检修，5 月 2 日 8:00–12:00 停水。\n请提前储水。',
}
let keys = 0
const newKey = () => `outbox-item-${++keys}-${Date.now()}`

function publish(body: object, { token = worker, key = newKey() }: { token?: string; key?: string } = {}) {
  return api.call('POST', '/api/notices', { token, body, headers: { 'Idempotency-Key': key } })
}

/** What residents (or, with a token, a worker) see: current and 往期; `unpublished` only for workers. */
async function list(
  token?: string,
): Promise<{ current: NoticeSummary[]; past: NoticeSummary[]; unpublished: NoticeSummary[] }> {
  const { current, past } = await feed(api, token)
  const unpublished = token === worker ? (await allNotices(api, { token, section: 'unpublished' })).notices : []
  return { current, past, unpublished }
}
/** One notice as its page loads it. */
async function one(id: string, token?: string) {
  const res = await api.call('GET', `/api/notices/${id}`, { token })
  return res.status === 200 ? noticeResponseSchema.parse(res.body).notice : res
}
const titles = (notices: { title: string }[]) => notices.map((n) => n.title)

describe('who may write', () => {
  it('anyone may read; writing without a token is 401, with a resident token 403', async () => {
    expect((await api.call('GET', '/api/notices')).body).toMatchObject({
      viewer: 'public',
      community: { id: 'yuewanhu', name: '月湾湖社区' },
      notices: [],
      nextCursor: null,
    })
    expect(await publish(notice, { token: '' })).toMatchObject({ status: 401, body: { error: '请先登录' } })
    expect(
      await api.call('POST', '/api/notices', { token: 'not-a-real-token-0123456789', body: notice }),
    ).toMatchObject({ status: 401, body: { error: '登录已失效，请重新登录' } })
    const resident = await api.residentToken()
    expect(await publish(notice, { token: resident })).toMatchObject({
      status: 403,
      body: { error: '只有社区工作人员可以这样做' },
    })
    expect((await api.call('PATCH', '/api/notices/x', { token: resident, body: { pinned: true } })).status).toBe(403)
    expect((await list()).current).toEqual([])
  })
})

describe('a worker publishes', () => {
  it('now: residents see it, as plain text, without its edit history', async () => {
    const res = await publish({ ...notice, body: '请勿点击 <a href="x">链接</a> & 转账' })
    expect(res.status).toBe(201)
    const created = noticeResponseSchema.parse(res.body).notice
    expect(res.headers.get('location')).toBe(`/api/notices/${created.id}`)
    expect(created).toMatchObject({
      state: 'published',
      author: { name: '王社工' },
      history: [{ action: 'create' }],
    })
    const { current } = await list()
    expect(titles(current)).toEqual([notice.title])
    expect(current[0]).not.toHaveProperty('body')
    const page = await one(created.id)
    expect(page).toMatchObject({ body: '请勿点击 <a href="x">链接</a> & 转账' })
    expect(page).not.toHaveProperty('history')
  })

  it('is told every problem with the notice, field by field, in Chinese', async () => {
    const res = await publish({ category: '广告', title: '标'.repeat(61), body: '' })
    expect(res).toMatchObject({
      status: 400,
      body: {
        error: '请检查填写的内容',
        fields: {
          category: '请选择类别：通知、活动、便民、安全、其他',
          title: '标题不超过 60 字（现在 61 字）',
          body: '请填写正文',
        },
      },
    })
    expect(await api.call('POST', '/api/notices', { token: worker, body: notice })).toMatchObject({
      status: 400,
      body: { fields: { 'Idempotency-Key': '缺少 Idempotency-Key 请求头（每条待发送内容一个，重试时不变）' } },
    })
    expect(await publish({ ...notice, expireAt: '2026-05-01T08:00:00+08:00' })).toMatchObject({
      status: 400,
      body: { fields: { expireAt: '截止时间必须晚于现在' } },
    })
    expect(
      await api.call('POST', '/api/notices', {
        token: worker,
        raw: '{"title":',
        headers: { 'Idempotency-Key': newKey() },
      }),
    ).toMatchObject({ status: 400, body: { error: '提交的内容不是有效的 JSON' } })
    expect((await list(worker)).unpublished).toEqual([])
  })

  it('through an outbox that retries: the same key and body give the first notice back, never a second', async () => {
    const key = newKey()
    const first = await publish(notice, { key })
    const again = await publish(notice, { key })
    expect([first.status, again.status]).toEqual([201, 200])
    expect(again.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true')
    expect(again.body.notice.id).toBe(first.body.notice.id)
    expect((await list()).current).toHaveLength(1)
  })

  it('with the same key sent many times at once, still makes one notice', async () => {
    const key = newKey()
    const replies = await Promise.all(Array.from({ length: 20 }, () => publish(notice, { key })))
    expect(replies.map((r) => r.status).sort()).toEqual([...Array<number>(19).fill(200), 201])
    expect(new Set(replies.map((r) => r.body.notice.id)).size).toBe(1)
    expect((await list()).current).toHaveLength(1)
    expect(await api.count('notices')).toBe(1)
  })

  it('refuses a key reused for different content (409), and makes a new notice for a new key', async () => {
    const key = newKey()
    await publish(notice, { key })
    expect(await publish({ ...notice, title: '另一条通知' }, { key })).toMatchObject({
      status: 409,
      body: { error: '这个 Idempotency-Key 已用于另一条内容不同的通知：新内容请换一个新的键' },
    })
    expect((await publish(notice)).status).toBe(201)
    expect((await list()).current).toHaveLength(2)
  })

  it('scheduled: invisible to residents until its time, then published', async () => {
    const res = await publish({ ...notice, mode: 'scheduled', publishAt: '2026-05-01T12:00:00+08:00' })
    expect(res.body.notice.state).toBe('scheduled')
    expect((await list()).current).toEqual([])
    expect((await list(worker)).unpublished.map((n) => n.state)).toEqual(['scheduled'])
    api.clock.advance(3 * HOUR) // 09:00 → 12:00 in 漯河
    expect(titles((await list()).current)).toEqual([notice.title])
    expect((await list(worker)).unpublished).toEqual([])
  })

  it('with an expiry: after it the notice moves under 往期; pinned notices stay on top of the rest', async () => {
    await publish({ ...notice, title: '老通知' })
    api.clock.advance(HOUR)
    await publish({ ...notice, title: '置顶', pinned: true })
    api.clock.advance(HOUR)
    await publish({ ...notice, title: '限时活动', category: '活动', expireAt: '2026-05-01T13:00:00+08:00' })
    api.clock.advance(HOUR)
    await publish({ ...notice, title: '最新' })
    expect(titles((await list()).current)).toEqual(['置顶', '最新', '限时活动', '老通知'])
    api.clock.advance(HOUR) // 13:00
    const after = await list()
    expect(titles(after.current)).toEqual(['置顶', '最新', '老通知'])
    expect(titles(after.past)).toEqual(['限时活动'])
    expect(after.past[0].state).toBe('expired')
  })
})

describe('a worker changes a notice', () => {
  async function published() {
    return (await publish(notice)).body.notice.id as string
  }
  const patch = (id: string, body: object, token = worker) => api.call('PATCH', `/api/notices/${id}`, { token, body })

  it('edits, pins and unpins, each recorded in the history with before and after', async () => {
    const id = await published()
    api.clock.advance(HOUR)
    const edited = await patch(id, { title: '停水时间调整', body: '改为 14:00–16:00。' })
    expect(edited.status).toBe(200)
    await patch(id, { pinned: true })
    await patch(id, { pinned: true }) // a retry changes nothing
    await patch(id, { pinned: false })
    const history = noticeResponseSchema.parse((await patch(id, { title: '停水时间调整' })).body).notice.history
    expect(history?.map((h) => h.action)).toEqual(['create', 'edit', 'pin', 'unpin'])
    expect(history?.[1]).toMatchObject({
      by: { name: '王社工' },
      at: '2026-05-01T02:00:00.000Z',
      changes: {
        title: { from: notice.title, to: '停水时间调整' },
        body: { from: notice.body, to: '改为 14:00–16:00。' },
      },
    })
    expect(await one(id, worker)).toMatchObject({ history: [{}, {}, {}, {}] })
  })

  it('withdraws it: residents no longer see it, workers see it as withdrawn, and it cannot be edited', async () => {
    const id = await published()
    const res = await patch(id, { action: 'withdraw' })
    expect(res.body.notice.state).toBe('withdrawn')
    expect(await list()).toMatchObject({ current: [], past: [] })
    expect((await list(worker)).unpublished.map((n) => n.state)).toEqual(['withdrawn'])
    expect((await patch(id, { action: 'withdraw' })).status).toBe(200)
    expect(await patch(id, { title: '再改' })).toMatchObject({
      status: 409,
      body: { error: '这条通知已撤回，不能再修改' },
    })
  })

  it('publishes a withdrawn notice again (重新发布): residents see it, once however often the keyed retry comes', async () => {
    const id = await published()
    await patch(id, { action: 'withdraw' })
    api.clock.advance(HOUR)
    const again = (key: string) =>
      api.call('PATCH', `/api/notices/${id}`, {
        token: worker,
        body: { action: 'publish' },
        headers: { 'Idempotency-Key': key },
      })
    const republished = await again('republish-key-0001')
    expect(republished).toMatchObject({ status: 200, body: { notice: { state: 'published', withdrawnAt: null } } })
    expect((await list()).current.map((n) => n.id)).toEqual([id])
    // The reply was lost and the outbox sends it again: nothing changes a second time.
    const retried = await again('republish-key-0001')
    expect(retried.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await one(id, worker)).toMatchObject({
      history: [{ action: 'create' }, { action: 'withdraw' }, { action: 'publish' }],
    })
  })

  it('schedules a draft, and cannot move a published notice’s time', async () => {
    const draft = (await publish({ ...notice, mode: 'draft' })).body.notice.id as string
    expect((await list(worker)).unpublished[0].state).toBe('draft')
    const scheduled = await patch(draft, {
      publishAt: '2026-05-02T09:00:00+08:00',
      expireAt: '2026-05-03T09:00:00+08:00',
    })
    expect(scheduled.body.notice).toMatchObject({ state: 'scheduled', history: [{}, { action: 'edit' }] })
    const id = await published()
    expect(await patch(id, { publishAt: '2026-05-09T09:00:00+08:00' })).toMatchObject({
      status: 409,
      body: { fields: { publishAt: '通知已发布，不能再修改发布时间' } },
    })
  })

  it('an edit retried with its Idempotency-Key is not applied again over a later change; 已修改 shows for everyone', async () => {
    const id = await published()
    const keyed = (body: object, key: string) =>
      api.call('PATCH', `/api/notices/${id}`, { token: worker, body, headers: { 'Idempotency-Key': key } })
    api.clock.advance(HOUR)
    expect((await keyed({ title: '第一次修改' }, 'edit-key-0001')).status).toBe(200)
    await patch(id, { title: '别人后来的修改' })
    // The first edit's reply was lost and the app sends it again: the later change stays.
    const retried = await keyed({ title: '第一次修改' }, 'edit-key-0001')
    expect(retried).toMatchObject({ status: 200, body: { notice: { title: '别人后来的修改' } } })
    expect(retried.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await keyed({ title: '另一个修改' }, 'edit-key-0001')).toMatchObject({ status: 409 })
    const [seen] = (await list()).current
    expect(seen).toMatchObject({ title: '别人后来的修改', editedAt: '2026-05-01T02:00:00.000Z' })
    expect(await one(id)).not.toHaveProperty('history')
  })

  it('gets 400 for an empty or unknown change and 404 for a notice that does not exist', async () => {
    const id = await published()
    expect(await patch(id, {})).toMatchObject({ status: 400, body: { error: '没有要修改的内容' } })
    expect(await patch(id, { sticky: true })).toMatchObject({
      status: 400,
      body: { fields: { sticky: '不支持这个字段' } },
    })
    expect(await patch('no-such-notice', { pinned: true })).toMatchObject({
      status: 404,
      body: { error: '找不到这条通知' },
    })
  })
})

describe('limits', () => {
  it('refuses a notice body over 64 KB with 413 before reading it', async () => {
    const res = await publish({ ...notice, body: '字'.repeat(25_000) })
    expect(res).toMatchObject({ status: 413, body: { error: '提交的内容太大（上限 64 KB）' } })
  })

  it('answers unknown API paths with 404 JSON, and never lets API answers be cached or sniffed', async () => {
    const res = await api.call('GET', '/api/nothing-here')
    expect(res).toMatchObject({ status: 404, body: { error: '接口不存在' } })
    const ok = await api.call('GET', '/api/notices')
    expect(ok.headers.get('cache-control')).toBe('no-store')
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('residents page through the feed', () => {
  it('20 at a time, pinned first then newest, then 往期, each notice once, with list fields only', async () => {
    for (let i = 1; i <= 23; i++) {
      await publish({
        ...notice,
        title: `通知 ${i}`,
        pinned: i === 3,
        expireAt: i <= 2 ? '2026-05-02T09:00:00+08:00' : null,
      })
      api.clock.advance(60_000)
    }
    api.clock.advance(24 * HOUR) // 通知 1 and 2 have expired
    const first = await api.call('GET', '/api/notices')
    expect(first.body.notices).toHaveLength(20)
    expect(first.body.notices[0]).toMatchObject({ title: '通知 3', pinned: true })
    expect(Object.keys(first.body.notices[0]).sort()).toEqual(
      [
        'audience',
        'category',
        'editedAt',
        'expireAt',
        'id',
        'pinned',
        'publishAt',
        'state',
        'title',
        'updatedAt',
        'withdrawnAt',
      ].sort(),
    )
    const second = await api.call('GET', `/api/notices?cursor=${encodeURIComponent(first.body.nextCursor)}`)
    expect(titles(second.body.notices)).toEqual(['通知 4', '通知 2', '通知 1'])
    expect(second.body.notices.map((n: NoticeSummary) => n.state)).toEqual(['published', 'expired', 'expired'])
    expect(second.body.nextCursor).toBeNull()
    const { notices, pages } = await allNotices(api, { limit: 7 })
    expect(pages).toBe(4)
    expect(new Set(notices.map((n) => n.id)).size).toBe(23)
    expect(titles(notices).slice(0, 3)).toEqual(['通知 3', '通知 23', '通知 22'])
  })

  it('refuses a made-up cursor, a bad limit or section, and an unpublished list without a worker token', async () => {
    expect(await api.call('GET', '/api/notices?cursor=bm9wZQ')).toMatchObject({
      status: 400,
      body: { fields: { cursor: 'cursor 无效：请从第一页重新加载' } },
    })
    expect((await api.call('GET', '/api/notices?limit=500')).status).toBe(400)
    expect((await api.call('GET', '/api/notices?section=all')).status).toBe(400)
    expect((await api.call('GET', '/api/notices?section=unpublished')).status).toBe(401)
    const resident = await api.residentToken()
    expect((await api.call('GET', '/api/notices?section=unpublished', { token: resident })).status).toBe(403)
  })

  it('a draft, scheduled or withdrawn notice is not found by residents, but is by the workers', async () => {
    const draft = (await publish({ ...notice, mode: 'draft' })).body.notice.id as string
    expect(await one(draft)).toMatchObject({ status: 404, body: { error: '找不到这条通知' } })
    expect(await one(draft, await api.residentToken())).toMatchObject({ status: 404 })
    expect(await one(draft, worker)).toMatchObject({ state: 'draft', history: [{ action: 'create' }] })
  })
})

describe('each community sees only its own', () => {
  it("another community's worker cannot read, list or change 月湾湖's notices", async () => {
    const id = (await publish({ ...notice, mode: 'draft' })).body.notice.id as string
    const { ensureCommunity } = await import('../../server/store/communities')
    await ensureCommunity(api.database.db, { id: 'other-community', name: '别的社区' })
    const other = (await api.newWorker({ community: 'other-community', name: '别的社工' })).token
    expect((await allNotices(api, { token: other, section: 'unpublished' })).notices).toEqual([])
    expect(await one(id, other)).toMatchObject({ status: 404 })
    expect(await api.call('PATCH', `/api/notices/${id}`, { token: other, body: { pinned: true } })).toMatchObject({
      status: 404,
    })
    const theirs = await publish({ ...notice, title: '别的社区的通知' }, { token: other })
    expect(theirs.status).toBe(201)
    expect(titles((await list()).current)).toEqual([])
    expect(titles((await feed(api, other)).current)).toEqual(['别的社区的通知'])
    expect((await api.call('GET', '/api/notices?community=other-community')).body.notices).toHaveLength(1)
  })
})

describe('the public feed is kept for a moment', () => {
  it("shows a notice written through this process at once, and another process's within 2 s", async () => {
    await publish({ ...notice, title: '第一条' })
    expect(titles((await list()).current)).toEqual(['第一条'])
    api.clock.advance(1000)
    // Another server process writes straight to the database: this one's cached first page does not know yet.
    const { createNotice } = await import('@/domain/notice/lifecycle')
    const { noticeCreateSchema } = await import('@/domain/notice/schema')
    const { insertNotice } = await import('../../server/store/notices')
    const other = createNotice(noticeCreateSchema.parse({ ...notice, title: '别的进程发布的' }), 'from-other-process', {
      by: { id: 'w', name: '社工' },
      now: api.clock.now,
    })
    if (!other.ok) throw new Error('sample notice refused')
    await insertNotice(api.database.db, 'yuewanhu', other.notice)
    expect(titles((await list()).current)).toEqual(['第一条'])
    expect(titles((await list(worker)).current)).toEqual(['别的进程发布的', '第一条']) // workers read the database
    api.clock.advance(1001)
    expect(titles((await list()).current)).toEqual(['别的进程发布的', '第一条'])
  })
})
