// A worker at the desk is never surprised: 发布 and 撤回 ask first and say what will happen, a withdrawn notice can be
// published again, a pin or withdraw made offline is kept on the device with its key and goes after a restart, the
// desk says how many residents' reports wait, and a server with no worker accounts is named as such.
// The server is the real API (tests/support/fake-api.ts), 李红 signed in to it; a server without worker accounts is
// scripted with `failNext` (this one has 李红).
import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import WorkerPage from '@/packages/community/worker/index'
import { EDIT_KEPT, DRAFT_SAVED } from '@/features/community/desk/NoticeCompose'
import { NO_ACCOUNTS_MESSAGE } from '@/features/community/desk/SignIn'
import { API_PATHS, IDEMPOTENCY_KEY_HEADER, NO_WORKER_ACCOUNTS } from '@/domain/api-contract'
import type { NoticeRecord } from '@/domain/notice/schema'
import type { OutboxEntry } from '@/domain/outbox'
import type { ReportRecord } from '@/domain/report'
import { createReport } from '@/domain/report-lifecycle'
import { formatChinaTime } from '@/domain/china-time'
import { SERVER_MESSAGE } from '@/services/api-client'
import { fetchWorkerNotice } from '@/services/community/community-api'
import { createNoticeOutbox } from '@/services/community/notice-outbox'
import { STORAGE_KEYS } from '@/services/storage'
import { fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'

const api = fakeApiForFile()

const AT = '2026-11-20T01:00:00.000Z'
/** 李红's published notice 周三停水, as the server stores it. */
const WATER: NoticeRecord = {
  id: 'n-water',
  category: '通知',
  title: '周三停水',
  body: '周三 9:00–12:00 停水。',
  audience: '全体居民',
  pinned: false,
  publishAt: AT,
  expireAt: null,
  withdrawnAt: null,
  author: { id: 'w-1', name: '李红' },
  createdAt: AT,
  updatedAt: AT,
  history: [],
}

/** A resident's report, new (submitted) or accepted by 李红. */
function report(id: string, status: 'submitted' | 'accepted'): ReportRecord {
  const input = { category: '设施报修', description: '路灯不亮', place: '3号楼' } as const
  const created = createReport(input, {
    id,
    number: `YWH-20261201-${id.replace(/\D/g, '').padStart(4, '0')}`,
    ownerId: 'r-1',
    photos: [],
    now: new Date(AT),
  })
  if (status === 'submitted') return created
  const accepted = { status, at: AT, reply: null, by: { id: 'w-1', name: '李红' } }
  return { ...created, status, timeline: [...created.timeline, accepted] }
}

const WAIT = { timeout: 8000 }
/** The PATCH requests the app sent. */
const patches = () => api.calls.filter((c) => c.method === 'PATCH')

/** Taro's H5 input draws its real <input>/<textarea> a moment after the page appears. */
const field = (label: string) =>
  waitFor(() => {
    const host = screen.getByLabelText(label)
    const inner = host.matches('input, textarea') ? host : host.querySelector('input, textarea')
    expect(inner).not.toBeNull()
    return inner as HTMLInputElement
  }, WAIT)

async function openDesk(): Promise<void> {
  render(<WorkerPage />)
  showPage()
  await screen.findByText('写通知', {}, WAIT)
}

beforeEach(async () => {
  localStorage.clear()
  await api.signInWorker()
})

describe('发布', () => {
  it('asks first, saying that the whole community will see it; 取消 sends nothing', async () => {
    await openDesk()
    fireEvent.click(screen.getByText('通知', { selector: '.choice-chips__chip *' }))
    fireEvent.input(await field('标题'), { target: { value: '周五电梯检修' } })
    fireEvent.input(await field('正文'), { target: { value: '9:00–11:00 停用。' } })
    fireEvent.click(screen.getByText('发布'))
    expect(await screen.findByText('将向全体居民发布「周五电梯检修」，发布后居民立即就能看到。')).toBeTruthy()
    fireEvent.click(screen.getByText('取消'))
    await waitFor(() => expect(screen.queryByText(/将向全体居民发布/)).toBeNull())
    expect(api.calls.filter((c) => c.method === 'POST')).toEqual([])
  })
})

describe('撤回 and 重新发布', () => {
  it('撤回 says residents will no longer see it, then withdraws it with a key; 重新发布 puts it back', async () => {
    await api.addNotices(WATER)
    await openDesk()
    fireEvent.click(await screen.findByLabelText('撤回：周三停水', {}, WAIT))
    expect(await screen.findByText(/^撤回后居民将看不到「周三停水」/)).toBeTruthy()
    expect(patches()).toEqual([])
    fireEvent.click(screen.getByText('确认撤回'))
    expect(await screen.findByText('「周三停水」已撤回', {}, WAIT)).toBeTruthy()
    const [withdraw] = patches()
    expect(withdraw.data).toEqual({ action: 'withdraw' })
    expect(withdraw.header[IDEMPOTENCY_KEY_HEADER]).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/)

    fireEvent.click(await screen.findByLabelText('重新发布：周三停水', {}, WAIT))
    expect(await screen.findByText('将向全体居民重新发布「周三停水」，发布后居民立即就能看到。')).toBeTruthy()
    fireEvent.click(screen.getByText('确认发布'))
    expect(await screen.findByText('「周三停水」已重新发布', {}, WAIT)).toBeTruthy()
    expect(patches()[1].data).toEqual({ action: 'publish' })
    expect(await screen.findByLabelText('撤回：周三停水', {}, WAIT)).toBeTruthy()
  })
})

describe('置顶 and 撤回 while offline', () => {
  it('are kept on the device with their keys, and go with those keys after a restart', async () => {
    await api.addNotices(WATER)
    await openDesk()
    await screen.findByLabelText('撤回：周三停水', {}, WAIT)
    api.offline = true
    fireEvent.click(screen.getByText('置顶'))
    expect(await screen.findByText('「周三停水」未联网，联网后自动置顶', {}, WAIT)).toBeTruthy()
    fireEvent.click(screen.getByLabelText('撤回：周三停水'))
    fireEvent.click(await screen.findByText('确认撤回'))
    expect(await screen.findByText('「周三停水」未联网，联网后自动撤回', {}, WAIT)).toBeTruthy()
    const waiting = screen
      .getAllByText('撤回：周三停水', { selector: '.desk__entry-title' })
      .map((title) => title.closest('.desk__entry')?.querySelector('.desk__status')?.textContent)
    expect(waiting).toContain('待发送（网络不可用，请检查网络，将自动重试）')

    // What the device holds (this run's earlier, already sent writes aside).
    const stored = (Taro.getStorageSync(STORAGE_KEYS.noticeOutbox) as OutboxEntry[]).filter(
      (e) => e.status === 'pending',
    )
    expect(stored.map((e) => [e.kind, e.payload])).toEqual([
      ['change-notice', { id: 'n-water', title: '周三停水', change: 'pin', patch: { pinned: true } }],
      ['change-notice', { id: 'n-water', title: '周三停水', change: 'withdraw', patch: { action: 'withdraw' } }],
    ])

    // The app is closed; later it starts again (a new outbox from what storage holds) with the network back.
    const before = patches().length
    api.offline = false
    const restarted = createNoticeOutbox()
    await restarted.flush(true)
    const sent = patches().slice(before)
    expect(sent.map((o) => [o.url, o.data, o.header[IDEMPOTENCY_KEY_HEADER]])).toEqual(
      stored.map((e) => [API_PATHS.notice('n-water'), (e.payload as { patch: unknown }).patch, e.key]),
    )
    const keys = stored.map((e) => e.key)
    expect(
      restarted
        .list()
        .filter((e) => keys.includes(e.key))
        .map((e) => e.status),
    ).toEqual(['sent', 'sent'])
    expect(await fetchWorkerNotice('n-water')).toMatchObject({ pinned: true, state: 'withdrawn' })
  })
})

describe('the desk', () => {
  it('says how many residents’ reports wait in each group: 新报告, 未回复 (and 待回访 when there are any)', async () => {
    await api.addReports(report('r-1', 'submitted'), report('r-2', 'accepted'), report('r-3', 'submitted'))
    await openDesk()
    expect(await screen.findByText('新报告 2 条 · 未回复 1 条', {}, WAIT)).toBeTruthy()
    expect(screen.getByText('居民报告（小事快办）')).toBeTruthy()
  })

  it('while editing, shows who did what in the 修改记录, each worker by name', async () => {
    const by = { id: 'w-2', name: '王强' }
    await api.addNotices({
      ...WATER,
      history: [
        { at: AT, by: { id: 'w-1', name: '李红' }, action: 'create', changes: {} },
        { at: '2026-11-20T02:30:00.000Z', by, action: 'edit', changes: { title: { from: '停水', to: '周三停水' } } },
      ],
    })
    await openDesk()
    fireEvent.click(await screen.findByLabelText('编辑：周三停水', {}, WAIT))
    expect(await screen.findByText('修改记录', {}, WAIT)).toBeTruthy()
    expect(screen.getByText(`${formatChinaTime(AT)} 李红 创建`)).toBeTruthy()
    expect(screen.getByText(`${formatChinaTime('2026-11-20T02:30:00.000Z')} 王强 修改`)).toBeTruthy()
  })

  it('while editing a published notice, says the change is kept on the device, not that a draft was saved', async () => {
    await api.addNotices(WATER)
    await openDesk()
    fireEvent.click(await screen.findByLabelText('编辑：周三停水', {}, WAIT))
    await screen.findByText('修改通知')
    expect(await screen.findByText(EDIT_KEPT, {}, WAIT)).toBeTruthy()
    expect(screen.queryByText(DRAFT_SAVED)).toBeNull()
  })

  it('without worker accounts on the server, the sign-in says so instead of 服务器暂时不可用', async () => {
    localStorage.clear() // nobody signed in on this phone
    const error = '还没有工作人员账号：请管理员运行 npm run admin -- worker add …'
    api.failNext({ status: 503, body: { error, code: NO_WORKER_ACCOUNTS } }, 1, 'POST')
    render(<WorkerPage />)
    showPage()
    fireEvent.input(await field('账号'), { target: { value: 'wabcdef' } })
    fireEvent.input(await field('口令'), { target: { value: 'any-passphrase' } })
    fireEvent.click(screen.getByText('登录'))
    expect(await screen.findByText(NO_ACCOUNTS_MESSAGE)).toBeTruthy()
    expect(screen.queryByText(SERVER_MESSAGE)).toBeNull()
  })
})
