// A resident opens the 月湾湖 tab and reads 社区通知 from GET /api/notices (one page at a time): pinned ones first then
// the newest, a chip per category, expired ones under 往期 until tapped, more when the list is scrolled to its end or
// 加载更多 is tapped until 已经到底了, 暂无通知 when there are none, an error with 重新加载 when the request fails, the
// pages fetched before (and when) while offline, and titles shown as the text that was typed (never as HTML).
// The notices are served by the real API (tests/support/fake-api.ts) with its clock at NOW.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import CommunityOverviewPage from '@/pages/community/index'
import { API_PATHS } from '@/domain/api-contract'
import type { NoticeCategory } from '@/domain/notice/labels'
import type { NoticeRecord } from '@/domain/notice/schema'
import { fakeApiForFile } from '../support/fake-api'
import { openPage } from '../support/render-page'
import { reachBottom, showPage } from '../support/page-show'
import { startsWith } from '../support/link-name'

const api = fakeApiForFile()

const NOW = new Date('2026-05-10T02:00:00.000Z')
const WORKER = { id: 'w-1', name: '李红' }

/** A notice as the server stores it, published `daysAgo` days before NOW (expired when `expiredDaysAgo` is set). */
function record(
  id: string,
  title: string,
  { category = '通知', pinned = false, daysAgo = 1, expiredDaysAgo = null as number | null } = {},
): NoticeRecord & { category: NoticeCategory } {
  const at = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString()
  return {
    id,
    category: category as NoticeCategory,
    title,
    body: `${title}的正文`,
    audience: '全体居民',
    pinned,
    publishAt: at(daysAgo),
    expireAt: expiredDaysAgo === null ? null : at(expiredDaysAgo),
    withdrawnAt: null,
    author: WORKER,
    createdAt: at(daysAgo),
    updatedAt: at(daysAgo),
    history: [],
  }
}

const FIRST_PAGE = `${API_PATHS.notices}?section=feed`

/** The notice requests the app made (the tab also refreshes the 居委会's verified contacts, not counted here). */
const noticeCalls = () => api.calls.filter((c) => c.url.startsWith(API_PATHS.notices))

/** The notice URLs the app asked for. */
const urls = () => noticeCalls().map((c) => c.url)

/** The server holds these notices, its clock at NOW. */
async function serveNotices(...records: NoticeRecord[]): Promise<void> {
  await api.setClock(NOW)
  await api.addNotices(...records)
}

const FEED = [
  record('n-old', '旧的普通通知', { daysAgo: 5 }),
  record('n-new', '最新的活动', { category: '活动', daysAgo: 1 }),
  record('n-pin', '置顶的停水通知', { pinned: true, daysAgo: 3 }),
  record('n-mid', '便民理发', { category: '便民', daysAgo: 2 }),
  record('n-past', '已过期的消防演练', { category: '安全', daysAgo: 20, expiredDaysAgo: 10 }),
]

/** The notice rows shown, by title, top to bottom. */
const rowTitles = () => [...document.querySelectorAll('.notice-row__title')].map((el) => el.textContent)

const noticeList = () => document.querySelector('.notice-list') as HTMLElement

/** Opens the tab and waits for 社区通知 to finish loading. */
async function openTab(): Promise<void> {
  await openPage(CommunityOverviewPage)
  showPage()
  await waitFor(() => expect(screen.queryByLabelText('正在加载通知')).toBeNull())
}

beforeEach(() => {
  localStorage.clear()
})

describe('社区通知 on the 月湾湖 tab', () => {
  beforeEach(async () => {
    await serveNotices(...FEED)
    await openTab()
    expect(noticeCalls().every((c) => c.url === FIRST_PAGE && c.method === 'GET')).toBe(true)
  })

  it('lists the pinned notice first, then the newest, and keeps the expired one out of the list', () => {
    expect(rowTitles()).toEqual(['置顶的停水通知', '最新的活动', '便民理发', '旧的普通通知'])
    const pinnedRow = screen.getByRole('link', { name: startsWith('置顶', '通知', '未读', '置顶的停水通知') })
    expect(within(pinnedRow).getByText('置顶')).toBeTruthy()
  })

  it('filters by the category chip tapped, and 全部 brings every notice back', () => {
    const group = screen.getByRole('group', { name: '按类别筛选通知' })
    const chips = within(group)
    expect([...group.querySelectorAll('.choice-chips__chip')].map((b) => b.textContent)).toEqual([
      '全部',
      '通知',
      '活动',
      '便民',
      '安全',
    ])
    fireEvent.click(chips.getByText('活动'))
    expect(rowTitles()).toEqual(['最新的活动'])
    fireEvent.click(chips.getByText('安全'))
    expect(screen.getByText('这个类别暂无通知')).toBeTruthy()
    expect(rowTitles()).toEqual([])
    fireEvent.click(chips.getByText('全部'))
    expect(rowTitles()).toEqual(['置顶的停水通知', '最新的活动', '便民理发', '旧的普通通知'])
  })

  it('keeps expired notices under 往期, collapsed until it is tapped', () => {
    const toggle = screen.getByText('往期（1） 展开')
    expect(screen.queryByText('已过期的消防演练')).toBeNull()
    fireEvent.click(toggle)
    expect(screen.getByText('往期（1） 收起')).toBeTruthy()
    expect(screen.getByText('已过期的消防演练')).toBeTruthy()
    expect(rowTitles()).toContain('已过期的消防演练')
    fireEvent.click(screen.getByText('往期（1） 收起'))
    expect(screen.queryByText('已过期的消防演练')).toBeNull()
  })
})

describe('社区通知 when there are none', () => {
  it('says 暂无通知 and shows no chips, rows or 往期', async () => {
    await serveNotices()
    await openTab()
    expect(within(noticeList()).getByText('暂无通知')).toBeTruthy()
    expect(screen.queryByRole('group', { name: '按类别筛选通知' })).toBeNull()
    expect(rowTitles()).toEqual([])
    expect(screen.queryByText(/^往期/)).toBeNull()
  })
})

describe('社区通知 when the request fails', () => {
  it('shows the error and 重新加载 fetches again, then lists the notices', async () => {
    await serveNotices(...FEED)
    // The tab's first two requests: the notices and the 居委会's verified contacts, in either order.
    api.failNext('offline', 2)
    await openTab()
    const alert = within(noticeList()).getByRole('alert')
    expect(alert.textContent).toContain('通知加载失败')
    expect(alert.textContent).toContain('网络不可用，请检查网络')
    expect(rowTitles()).toEqual([])
    expect(noticeCalls()).toHaveLength(1)

    fireEvent.click(within(noticeList()).getByText('重新加载'))
    await waitFor(() => expect(rowTitles()).toEqual(['置顶的停水通知', '最新的活动', '便民理发', '旧的普通通知']))
    expect(noticeCalls()).toHaveLength(2)
    expect(within(noticeList()).queryByRole('alert')).toBeNull()
  })

  it('treats a 500 as an error too, not as an empty list', async () => {
    await serveNotices(...FEED)
    api.failNext({ status: 500, body: { error: 'boom' } }, 3)
    await openTab()
    expect(within(noticeList()).getByRole('alert').textContent).toContain('服务器暂时不可用，请稍后重试')
    expect(within(noticeList()).queryByText('暂无通知')).toBeNull()
  })
})

describe('a title typed as HTML', () => {
  const XSS = '<img src=x onerror=alert(1)>'

  it('is shown literally as text and never becomes an element', async () => {
    await serveNotices(record('n-xss', XSS))
    await openTab()
    expect(screen.getByText(XSS)).toBeTruthy()
    expect(rowTitles()).toEqual([XSS])
    expect(document.querySelector('img')).toBeNull()
  })
})

describe('a notice a worker changed after publishing it', () => {
  it('says 已修改 with the time on its row, and is read out as 已修改', async () => {
    const edited = record('n-edited', '停水时间调整', { daysAgo: 2 })
    const editAt = new Date(NOW.getTime() - 86_400_000).toISOString()
    edited.history = [
      { at: editAt, by: WORKER, action: 'edit', changes: { title: { from: '停水通知', to: '停水时间调整' } } },
    ]
    await serveNotices(edited, record('n-plain', '普通通知', { daysAgo: 3 }))
    await openTab()
    const row = screen.getByRole('link', { name: startsWith('通知', '未读', '停水时间调整', '2026-') })
    // 2026-05-09 10:00 in China (UTC+8).
    expect(within(row).getByText(/已修改 2026-05-09 10:00/)).toBeTruthy()
    expect(
      within(screen.getByRole('link', { name: startsWith('通知', '未读', '普通通知') })).queryByText(/已修改/),
    ).toBeNull()
  })
})

/** 25 published notices, newest first (n-01 newest), and 3 expired ones: two pages of 20 and 8. */
const MANY = [
  ...Array.from({ length: 25 }, (_, i) =>
    record(`n-${String(i + 1).padStart(2, '0')}`, `第 ${i + 1} 条通知`, { daysAgo: i + 1 }),
  ),
  ...[1, 2, 3].map((i) => record(`p-${i}`, `往期通知 ${i}`, { daysAgo: 40 + i, expiredDaysAgo: 30 + i })),
]

/** The second page's URL: the first page's, with the cursor the server handed back. */
const SECOND_PAGE = new RegExp(`^${FIRST_PAGE.replace('?', '\\?')}&cursor=[^&]+$`)

describe('a long feed, page by page', () => {
  it('shows the first 20, appends the next page on 加载更多, then says 已经到底了', async () => {
    await serveNotices(...MANY)
    await openTab()
    expect(rowTitles()).toHaveLength(20)
    expect(rowTitles()[19]).toBe('第 20 条通知')
    expect(screen.queryByText(/^往期/)).toBeNull()
    fireEvent.click(within(noticeList()).getByText('加载更多'))
    expect(within(noticeList()).getByRole('status').textContent).toBe('正在加载更多通知…')
    await waitFor(() => expect(rowTitles()).toHaveLength(25))
    expect(rowTitles().slice(20)).toEqual([
      '第 21 条通知',
      '第 22 条通知',
      '第 23 条通知',
      '第 24 条通知',
      '第 25 条通知',
    ])
    expect(urls()).toEqual([FIRST_PAGE, expect.stringMatching(SECOND_PAGE)])
    // The rest of that page was 往期: under its toggle, and the end of the list is reached.
    expect(screen.getByText('往期（3） 展开')).toBeTruthy()
    fireEvent.click(screen.getByText('往期（3） 展开'))
    expect(within(noticeList()).getByText('已经到底了')).toBeTruthy()
    expect(within(noticeList()).queryByText('加载更多')).toBeNull()
    reachBottom()
    expect(urls()).toHaveLength(2)
  })

  it('loads the next page when the page is scrolled to its end', async () => {
    await serveNotices(...MANY)
    await openTab()
    reachBottom()
    await waitFor(() => expect(rowTitles()).toHaveLength(25))
    expect(urls()).toEqual([FIRST_PAGE, expect.stringMatching(SECOND_PAGE)])
  })

  it('says why the next page failed and 重试加载更多 fetches it, the loaded notices staying', async () => {
    await serveNotices(...MANY)
    await openTab()
    api.offline = true
    fireEvent.click(within(noticeList()).getByText('加载更多'))
    const alert = await within(noticeList()).findByRole('alert')
    expect(alert.textContent).toBe('加载更多失败：网络不可用，请检查网络')
    expect(rowTitles()).toHaveLength(20)
    api.offline = false
    fireEvent.click(within(noticeList()).getByText('重试加载更多'))
    await waitFor(() => expect(rowTitles()).toHaveLength(25))
  })
})

describe('社区通知 offline', () => {
  it('shows the pages fetched before, with when they were fetched, and 重试 loads them fresh', async () => {
    await serveNotices(...MANY)
    const fetchedAt = new Date('2026-05-10T01:30:00.000Z') // 09:30 in China
    jest.useFakeTimers({ now: fetchedAt, doNotFake: ['setTimeout', 'setInterval', 'queueMicrotask', 'nextTick'] })
    await openTab()
    fireEvent.click(within(noticeList()).getByText('加载更多'))
    await waitFor(() => expect(rowTitles()).toHaveLength(25))
    jest.useRealTimers()
    cleanup()

    api.offline = true
    await openTab()
    const stale = within(noticeList()).getByRole('status')
    expect(stale.textContent).toContain('网络不可用，请检查网络。下面是 2026-05-10 09:30 获取的通知，可能不是最新。')
    // Both pages, as they were: 25 current notices and the 往期 of the second page.
    expect(rowTitles()).toHaveLength(25)
    expect(screen.getByText('往期（3） 展开')).toBeTruthy()

    api.offline = false
    // The sentence ends, then 重试 follows as a button of its own.
    const sentence = stale.querySelector('.notice-list__stale-text') as HTMLElement
    expect(sentence.textContent).toBe('网络不可用，请检查网络。下面是 2026-05-10 09:30 获取的通知，可能不是最新。')
    const retry = within(stale).getByText('重试').closest('taro-button-core') as HTMLElement
    expect(sentence.contains(retry)).toBe(false)
    expect(sentence.compareDocumentPosition(retry) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    fireEvent.click(within(stale).getByText('重试'))
    await waitFor(() => expect(rowTitles()).toHaveLength(20))
    expect(within(noticeList()).queryByText(/可能不是最新/)).toBeNull()
  })

  it('shows the error when nothing was ever fetched on this phone', async () => {
    await serveNotices(...MANY)
    api.offline = true
    await openTab()
    expect(within(noticeList()).getByRole('alert').textContent).toContain('通知加载失败')
  })
})
