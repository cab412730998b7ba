// A signed-in worker's lists come a page at a time: the desk shows the unpublished notices (草稿、定时、已撤回) and the
// published ones with 加载更多 until 已经到底了, and 编辑 fetches the whole notice (the lists carry no body); a worker's
// 居民报告 page by page too. The lists are the real API's (tests/support/fake-api.ts), a worker signed in to it.
import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import WorkerPage from '@/packages/community/worker/index'
import ReportsPage from '@/packages/community/reports/index'
import { API_PATHS } from '@/domain/api-contract'
import type { NoticeRecord } from '@/domain/notice/schema'
import type { ReportRecord } from '@/domain/report'
import type { StoredSession } from '@/services/community/session'
import { fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'

const api = fakeApiForFile()

const AT = '2026-11-20T01:00:00.000Z'
const RENDER_WAIT = { timeout: 8000 }
/** `AT` less `hours`: the earlier, the further down a newest-first list. */
const before = (hours: number) => new Date(Date.parse(AT) - hours * 3600_000).toISOString()

function notice(id: string, title: string, published: string | null): NoticeRecord {
  return {
    id,
    category: '通知',
    title,
    body: `${title}的正文`,
    audience: '全体居民',
    pinned: false,
    publishAt: published,
    expireAt: null,
    withdrawnAt: null,
    author: { id: 'w-1', name: '李红' },
    createdAt: AT,
    updatedAt: AT,
    history: [],
  }
}

/** Published newest first: 1, 2, 3. */
const PUBLISHED = Array.from({ length: 3 }, (_, i) => notice(`n-${i + 1}`, `已发布通知 ${i + 1}`, before(i)))
const DRAFT = notice('n-draft', '没写完的通知', null)

/** The desk's notices, a page of one at a time. */
async function server(): Promise<void> {
  await api.addNotices(...PUBLISHED, DRAFT)
  api.pageSize(API_PATHS.notices, 1)
}

const section = (title: string) =>
  screen.getByText(title, { selector: '.desk__subheading' }).closest('.desk__section') as HTMLElement
const titlesIn = (el: HTMLElement) => [...el.querySelectorAll('.desk__entry-title')].map((t) => t.textContent)

let session: StoredSession

beforeEach(async () => {
  localStorage.clear()
  session = await api.signInWorker()
})

describe('the desk’s notice lists', () => {
  it('lists drafts apart, pages through the published ones with 加载更多, then says 已经到底了', async () => {
    await server()
    render(<WorkerPage />)
    showPage()
    await screen.findByText('已发布通知 1', {}, RENDER_WAIT)
    const unpublished = section('未发布（草稿、定时、已撤回）')
    // Two requests, answered in either order.
    await waitFor(() => expect(titlesIn(unpublished)).toEqual(['没写完的通知']))
    expect(within(unpublished).getByText('已经到底了')).toBeTruthy()
    const published = section('已发布与往期')
    expect(titlesIn(published)).toEqual(['已发布通知 1'])
    fireEvent.click(within(published).getByText('加载更多'))
    await waitFor(() => expect(titlesIn(published)).toEqual(['已发布通知 1', '已发布通知 2']))
    fireEvent.click(within(published).getByText('加载更多'))
    await waitFor(() => expect(titlesIn(published)).toHaveLength(3))
    expect(within(published).getByText('已经到底了')).toBeTruthy()
    const lists = api.calls.filter((o) => o.url.includes('section='))
    expect(lists.every((o) => o.header.Authorization === `Bearer ${session.token}`)).toBe(true)
  })

  it('编辑 fetches the whole notice and fills the form with its body', async () => {
    await server()
    render(<WorkerPage />)
    showPage()
    fireEvent.click(await screen.findByLabelText('编辑：没写完的通知', {}, RENDER_WAIT))
    await screen.findByText('修改通知', {}, RENDER_WAIT)
    expect(api.calls.some((o) => o.url === API_PATHS.notice('n-draft'))).toBe(true)
    await waitFor(() => {
      const body = screen.getByLabelText('正文')
      const inner = (body.matches('textarea') ? body : body.querySelector('textarea')) as HTMLTextAreaElement
      expect(inner?.value).toBe('没写完的通知的正文')
    }, RENDER_WAIT)
  })
})

describe('居民报告 for a worker', () => {
  /** A resident's report; report 1 the newest. */
  function report(n: number): ReportRecord {
    const at = before(n)
    return {
      id: `r-${n}`,
      number: `YWH-20261201-${String(n).padStart(4, '0')}`,
      ownerId: 'resident-device-1',
      category: '设施报修',
      description: `第 ${n} 个路灯不亮`,
      place: `${n} 号楼`,
      status: 'submitted',
      photos: [],
      createdAt: at,
      updatedAt: at,
      timeline: [{ status: 'submitted', at, reply: null, by: null }],
    }
  }

  it('shows the first page and appends the next on 加载更多', async () => {
    await api.addReports(report(1), report(2), report(3))
    api.pageSize(API_PATHS.reports, 2)
    render(<ReportsPage />)
    showPage()
    await screen.findByText('第 1 个路灯不亮', {}, RENDER_WAIT)
    expect(screen.queryByText('第 3 个路灯不亮')).toBeNull()
    fireEvent.click(screen.getByText('加载更多'))
    await screen.findByText('第 3 个路灯不亮')
    expect(screen.getByText('已经到底了')).toBeTruthy()
    expect(api.calls.map((c) => c.url).filter((u) => u.startsWith(API_PATHS.reports))).toEqual([
      API_PATHS.reports,
      expect.stringMatching(/^\/api\/reports\?cursor=[^&]+$/),
    ])
  })
})

describe('the 小事快办 page speaks to whoever reads it', () => {
  const header = () => [
    document.querySelector('.page-shell__title')?.textContent,
    document.querySelector('.page-shell__subtitle')?.textContent,
  ]

  it('to a signed-in worker: 居民报告, the community’s reports to handle, in the bar too', async () => {
    const title = jest.spyOn(Taro, 'setNavigationBarTitle')
    render(<ReportsPage />)
    showPage()
    expect(header()).toEqual(['居民报告', '本社区居民报告的问题：受理、处理并回复居民'])
    expect(await screen.findByRole('heading', { name: '本社区的报告' }, RENDER_WAIT)).toBeTruthy()
    expect(screen.queryByText('我的报告')).toBeNull()
    expect(screen.queryByText('报告问题')).toBeNull()
    expect(title).toHaveBeenCalledWith({ title: '居民报告' })
  })

  it('to a resident: 小事快办, their own reports and the form', async () => {
    localStorage.clear() // nobody signed in on this phone
    const title = jest.spyOn(Taro, 'setNavigationBarTitle')
    render(<ReportsPage />)
    showPage()
    expect(header()).toEqual(['小事快办', '报告身边的小问题'])
    expect(await screen.findByRole('heading', { name: '我的报告' }, RENDER_WAIT)).toBeTruthy()
    expect(screen.queryByText('本社区的报告')).toBeNull()
    expect(title).not.toHaveBeenCalled()
  })
})
