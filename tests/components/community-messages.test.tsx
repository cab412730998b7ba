// A resident hears back: after a worker replies to their report, the 月湾湖 tab shows a badge on the tab bar, on
// 小事快办 and on 我的消息; 我的消息 lists the replied report first with the reply, and opening it clears every badge.
// Offline, 我的消息 shows the saved list with the time it was fetched instead of failing — also when the phone's
// storage was full (kept in memory for this run).
import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import CommunityPage from '@/pages/community/index'
import MessagesPage from '@/packages/community/messages/index'
import ReportsPage from '@/packages/community/reports/index'
import { formatChinaShort } from '@/domain/china-time'
import { sendReport, updateReport } from '@/services/community/community-api'
import { signOutWorker } from '@/services/community/session'
import { STORAGE_KEYS } from '@/services/storage'
import { fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'
import { watchUnreadForTabBadge } from '@/app/unread-tab-badge'
import { noteUnread } from '@/services/community/report-reads'

const api = fakeApiForFile()
const WAIT = { timeout: 8000 }
const COMMUNITY_TAB = 3

const lamp = { category: '设施报修' as const, description: '5 号楼楼道灯不亮', place: '5 号楼 2 单元' }
const bench = { category: '设施报修' as const, description: '湖边长椅坏了', place: '湖边步道' }
const REPLY = '已通知物业，明天上午来修'

let setBadge: jest.SpyInstance
let removeBadge: jest.SpyInstance
beforeEach(() => {
  localStorage.clear()
  setBadge = jest.spyOn(Taro, 'setTabBarBadge').mockResolvedValue({ errMsg: 'setTabBarBadge:ok' })
  removeBadge = jest.spyOn(Taro, 'removeTabBarBadge').mockResolvedValue({ errMsg: 'removeTabBarBadge:ok' })
})
afterEach(() => jest.restoreAllMocks())

/** The resident reports the lamp, then the bench; a worker replies to the lamp (the older one). */
async function lampRepliedTo(): Promise<void> {
  const first = await sendReport(lamp, 'messages-test-lamp-0001')
  await sendReport(bench, 'messages-test-bench-0001')
  await api.signInWorker()
  await updateReport(first.id, { status: 'accepted', reply: REPLY })
  signOutWorker()
}

const rows = () => screen.getAllByRole('listitem').filter((el) => el.className.includes('messages__row'))

describe('badges when a reply is unread', () => {
  it('the tab badge shows from the app start, before the 月湾湖 tab is opened, and again when the app comes back', async () => {
    await lampRepliedTo()
    watchUnreadForTabBadge()
    await waitFor(() => expect(setBadge).toHaveBeenCalledWith({ index: COMMUNITY_TAB, text: '1' }), WAIT)
    setBadge.mockClear()
    document.dispatchEvent(new Event('visibilitychange'))
    await waitFor(() => expect(setBadge).toHaveBeenCalledWith({ index: COMMUNITY_TAB, text: '1' }), WAIT)
    noteUnread(0) // the count is app-wide: the next story starts with nothing unread
  })

  it('none before anything is unread: the tab badge is removed, and no count is asked without a session', async () => {
    render(<CommunityPage />)
    showPage()
    await waitFor(() => expect(removeBadge).toHaveBeenCalledWith({ index: COMMUNITY_TAB }))
    expect(setBadge).not.toHaveBeenCalled()
    expect(api.calls.filter((c) => c.url.includes('unread-count'))).toEqual([])
    expect(screen.getByText('我的消息')).toBeTruthy()
  })

  it('a worker reply sets the tab badge and badges 小事快办 and 我的消息; opening the report clears them', async () => {
    await lampRepliedTo()
    render(<CommunityPage />)
    showPage()
    await waitFor(() => expect(setBadge).toHaveBeenCalledWith({ index: COMMUNITY_TAB, text: '1' }), WAIT)
    expect(await screen.findByText('我的消息（1 条新进展）')).toBeTruthy()
    expect(screen.getByLabelText('小事快办：报告问题，1 条新进展')).toBeTruthy()
    expect(document.querySelectorAll('.unread-badge')).toHaveLength(2)

    render(<MessagesPage />)
    await screen.findByText(`社区回复（`, { exact: false }, WAIT)
    const [top, second] = rows()
    expect(within(top).getByText('新')).toBeTruthy()
    expect(within(top).getByText(/^YWH-\d{8}-\d{4} · 设施报修 · 5 号楼 2 单元$/)).toBeTruthy()
    expect(within(top).getByText('已受理 · 有新进展')).toBeTruthy()
    expect(within(top).getByText(new RegExp(REPLY))).toBeTruthy()
    expect(within(second).getByText(/^YWH-\d{8}-\d{4} · 设施报修 · 湖边步道$/)).toBeTruthy()
    expect(within(second).getByText('暂无回复')).toBeTruthy()

    removeBadge.mockClear()
    fireEvent.click(within(top).getByText('查看进度'))
    expect(await within(top).findByLabelText('处理进度')).toBeTruthy()
    await waitFor(() => expect(removeBadge).toHaveBeenCalledWith({ index: COMMUNITY_TAB }), WAIT)
    await waitFor(() => expect(document.querySelectorAll('.unread-badge')).toHaveLength(0))
    expect(screen.getByLabelText('我的消息')).toBeTruthy()
    expect(api.calls.filter((c) => c.method === 'POST' && c.url.endsWith('/read'))).toHaveLength(1)

    // Shown again later (another page, back to the tab): the server agrees nothing is unread.
    setBadge.mockClear()
    showPage()
    await waitFor(() => expect(api.calls.filter((c) => c.url.includes('unread-count')).length).toBeGreaterThan(1))
    expect(setBadge).not.toHaveBeenCalled()
  })
})

describe('我的消息 offline', () => {
  it('offline with nothing saved: says it could not load, with 重新加载', async () => {
    api.offline = true
    render(<MessagesPage />)
    expect(await screen.findByText(/^加载失败/, {}, WAIT)).toBeTruthy()
    expect(screen.getByText('重新加载')).toBeTruthy()
  })

  it('saves my reports with their replies and timeline, and shows them offline with when they were fetched', async () => {
    await lampRepliedTo()
    const view = render(<MessagesPage />)
    await screen.findByText(new RegExp(REPLY), {}, WAIT)
    const saved = Taro.getStorageSync(STORAGE_KEYS.myReportsCache) as {
      fetchedAt: string
      reports: { description: string; unread: boolean; timeline: { status: string; reply: string | null }[] }[]
    }
    const lampSaved = saved.reports.find((r) => r.description === lamp.description)!
    expect(saved.reports.map((r) => [r.description, r.unread]).sort()).toEqual([
      ['5 号楼楼道灯不亮', true],
      ['湖边长椅坏了', false],
    ])
    expect(lampSaved.timeline.map((t) => [t.status, t.reply])).toEqual([
      ['submitted', null],
      ['accepted', REPLY],
    ])
    view.unmount()

    api.offline = true
    render(<MessagesPage />)
    expect(await screen.findByText(`离线查看 · 更新于 ${formatChinaShort(saved.fetchedAt)}`, {}, WAIT)).toBeTruthy()
    expect(screen.getByText(new RegExp(REPLY))).toBeTruthy()
    expect(screen.queryByText(/加载失败/)).toBeNull()
    fireEvent.click(within(rows()[0]).getByText('查看进度'))
    expect(await screen.findByLabelText('处理进度')).toBeTruthy()
  })

  it('when storage is full, says the list was not saved, and still shows it offline for this run', async () => {
    await lampRepliedTo()
    const setStorage = jest.spyOn(Taro, 'setStorageSync').mockImplementation((key: string) => {
      if (key === STORAGE_KEYS.myReportsCache) throw new Error('setStorageSync:fail exceed storage max size 10MB')
    })
    const view = render(<MessagesPage />)
    expect(await screen.findByText(/手机存储已满/, {}, WAIT)).toBeTruthy()
    view.unmount()
    api.offline = true
    render(<MessagesPage />)
    expect(await screen.findByText(/^离线查看 · 更新于/, {}, WAIT)).toBeTruthy()
    expect(screen.getByText(new RegExp(REPLY))).toBeTruthy()
    setStorage.mockRestore()
  })

  it('我的报告 too: offline it shows the saved reports with their replies and the time, not 加载失败', async () => {
    await lampRepliedTo()
    const view = render(<ReportsPage />)
    await screen.findByText(new RegExp(REPLY), {}, WAIT)
    const { fetchedAt } = Taro.getStorageSync(STORAGE_KEYS.myReportsCache) as { fetchedAt: string }
    view.unmount()
    api.offline = true
    render(<ReportsPage />)
    expect(
      await screen.findByText(new RegExp(`^离线查看 · 更新于 ${formatChinaShort(fetchedAt)}`), {}, WAIT),
    ).toBeTruthy()
    expect(screen.getByText(new RegExp(REPLY))).toBeTruthy()
    expect(screen.getByText('湖边长椅坏了')).toBeTruthy()
    expect(screen.queryByText(/加载失败/)).toBeNull()
  })
})
