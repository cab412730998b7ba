// A signed-in worker's lists come a page at a time: the desk shows the unpublished notices (草稿、定时、已撤回) and the
// published ones with 加载更多 until 已经到底了, and 编辑 fetches the whole notice (the lists carry no body); a worker's
// 居民报告 page by page too.
import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import WorkerPage from '@/packages/community/worker/index'
import ReportsPage from '@/packages/community/reports/index'
import { API_PATHS, type ReportView } from '@/domain/api-contract'
import { type NoticeSummary, type NoticeView } from '@/domain/notice/api'
import { showPage } from '../support/page-show'
import { WORKER_SESSION, signInWorkerOnDevice } from '../support/worker-session'

const AT = '2026-11-20T01:00:00.000Z'
const RENDER_WAIT = { timeout: 8000 }

const reply = (statusCode: number, data: unknown) =>
  ({ statusCode, data, header: {}, errMsg: 'request:ok' }) as unknown as Taro.request.SuccessCallbackResult

function notice(id: string, title: string, state: NoticeView['state']): NoticeView {
  return {
    id,
    category: '通知',
    title,
    body: `${title}的正文`,
    audience: '全体居民',
    pinned: false,
    publishAt: state === 'draft' ? null : AT,
    expireAt: null,
    withdrawnAt: null,
    author: { id: 'w-1', name: '李红' },
    createdAt: AT,
    updatedAt: AT,
    state,
    editedAt: null,
  }
}
const summary = ({ body: _b, author: _a, createdAt: _c, ...rest }: NoticeView): NoticeSummary => rest

const PUBLISHED = Array.from({ length: 3 }, (_, i) => notice(`n-${i + 1}`, `已发布通知 ${i + 1}`, 'published'))
const DRAFT = notice('n-draft', '没写完的通知', 'draft')

/** Pages of one item for the published section (cursor = index of the next), one page for unpublished. */
function server(): jest.SpyInstance {
  return jest.spyOn(Taro, 'request').mockImplementation(((options: Taro.request.Option) => {
    const url = options.url
    const one = [...PUBLISHED, DRAFT].find((n) => url === API_PATHS.notice(n.id))
    if (one) return Promise.resolve(reply(200, { notice: one }))
    const page = (notices: NoticeView[], nextCursor: string | null) =>
      reply(200, {
        serverTime: AT,
        viewer: 'worker',
        community: { id: 'yuewanhu', name: '月湾湖社区' },
        notices: notices.map(summary),
        nextCursor,
      })
    if (url.includes('section=unpublished')) return Promise.resolve(page([DRAFT], null))
    const index = Number(/cursor=(\d+)/.exec(url)?.[1] ?? 0)
    const next = index + 1 < PUBLISHED.length ? String(index + 1) : null
    return Promise.resolve(page([PUBLISHED[index]], next))
  }) as unknown as typeof Taro.request)
}

const section = (title: string) =>
  screen.getByText(title, { selector: '.desk__subheading' }).closest('.desk__section') as HTMLElement
const titlesIn = (el: HTMLElement) => [...el.querySelectorAll('.desk__entry-title')].map((t) => t.textContent)

beforeEach(() => {
  localStorage.clear()
  signInWorkerOnDevice()
})

describe('the desk’s notice lists', () => {
  it('lists drafts apart, pages through the published ones with 加载更多, then says 已经到底了', async () => {
    const request = server()
    render(<WorkerPage />)
    showPage()
    await screen.findByText('已发布通知 1', {}, RENDER_WAIT)
    const unpublished = section('未发布（草稿、定时、已撤回）')
    expect(titlesIn(unpublished)).toEqual(['没写完的通知'])
    expect(within(unpublished).getByText('已经到底了')).toBeTruthy()
    const published = section('已发布与往期')
    expect(titlesIn(published)).toEqual(['已发布通知 1'])
    fireEvent.click(within(published).getByText('加载更多'))
    await waitFor(() => expect(titlesIn(published)).toEqual(['已发布通知 1', '已发布通知 2']))
    fireEvent.click(within(published).getByText('加载更多'))
    await waitFor(() => expect(titlesIn(published)).toHaveLength(3))
    expect(within(published).getByText('已经到底了')).toBeTruthy()
    const lists = request.mock.calls.map(([o]) => o as Taro.request.Option).filter((o) => o.url.includes('section='))
    expect(lists.every((o) => o.header?.Authorization === `Bearer ${WORKER_SESSION.token}`)).toBe(true)
  })

  it('编辑 fetches the whole notice and fills the form with its body', async () => {
    const request = server()
    render(<WorkerPage />)
    showPage()
    fireEvent.click(await screen.findByLabelText('编辑：没写完的通知', {}, RENDER_WAIT))
    await screen.findByText('修改通知', {}, RENDER_WAIT)
    expect(request.mock.calls.some(([o]) => (o as Taro.request.Option).url === API_PATHS.notice('n-draft'))).toBe(true)
    await waitFor(() => {
      const body = screen.getByLabelText('正文')
      const inner = (body.matches('textarea') ? body : body.querySelector('textarea')) as HTMLTextAreaElement
      expect(inner?.value).toBe('没写完的通知的正文')
    }, RENDER_WAIT)
  })
})

describe('居民报告 for a worker', () => {
  function report(n: number): ReportView {
    return {
      id: `r-${n}`,
      category: '设施报修',
      description: `第 ${n} 个路灯不亮`,
      place: `${n} 号楼`,
      status: 'submitted',
      photos: [],
      createdAt: AT,
      updatedAt: AT,
      timeline: [{ status: 'submitted', at: AT, reply: null, by: null }],
      mine: false,
    } as unknown as ReportView
  }

  it('shows the first page and appends the next on 加载更多', async () => {
    const urls: string[] = []
    jest.spyOn(Taro, 'request').mockImplementation(((options: Taro.request.Option) => {
      urls.push(options.url)
      const second = options.url.includes('cursor=p2')
      return Promise.resolve(
        reply(200, {
          serverTime: AT,
          reports: second ? [report(3)] : [report(1), report(2)],
          nextCursor: second ? null : 'p2',
        }),
      )
    }) as unknown as typeof Taro.request)
    render(<ReportsPage />)
    showPage()
    await screen.findByText('第 1 个路灯不亮', {}, RENDER_WAIT)
    expect(screen.queryByText('第 3 个路灯不亮')).toBeNull()
    fireEvent.click(screen.getByText('加载更多'))
    await screen.findByText('第 3 个路灯不亮')
    expect(screen.getByText('已经到底了')).toBeTruthy()
    expect(urls.filter((u) => u.startsWith(API_PATHS.reports))).toEqual([
      API_PATHS.reports,
      `${API_PATHS.reports}?cursor=p2`,
    ])
  })
})
