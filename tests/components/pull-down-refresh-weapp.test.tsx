// In the mini-program a resident pulls 社区通知, 我的报告 or the workers' desk down: the list is fetched again and
// WeChat's spinner stops once it has come — and also when it failed (offline, a 503), so it never spins on.
// PullRefresh.weapp.tsx stands in for the H5 file jest would pick; the lists are the real API's (fake-api.ts).
import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import CommunityOverviewPage from '@/pages/community/index'
import ReportsPage from '@/packages/community/reports/index'
import WorkerPage from '@/packages/community/worker/index'
import type { NoticeRecord } from '@/domain/notice/schema'
import { sendReport } from '@/services/community/community-api'
import { reportOutbox } from '@/services/community/report-outbox'
import { fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'
import { pullDown } from '../support/pull-down'

jest.mock('@/components/pull-refresh/PullRefresh', () =>
  jest.requireActual('@/components/pull-refresh/PullRefresh.weapp'),
)

const api = fakeApiForFile()
const WAIT = { timeout: 8000 }
const AT = '2026-11-20T01:00:00.000Z'

function notice(id: string, title: string): NoticeRecord {
  return {
    id,
    category: '通知',
    title,
    body: `${title}的正文`,
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
}

/** WeChat's spinner: stopPullDownRefresh, spied on. */
const spinner = () => ({
  stop: jest.spyOn(Taro, 'stopPullDownRefresh').mockImplementation((() => Promise.resolve()) as never),
})

beforeEach(() => {
  localStorage.clear()
  reportOutbox.removeAll()
})

describe('社区通知 pulled down', () => {
  beforeEach(async () => {
    await api.addNotices(notice('n-1', '楼道清扫'))
    render(<CommunityOverviewPage />)
    showPage()
    await screen.findByText('楼道清扫', {}, WAIT)
  })

  it('shows a notice published meanwhile, then stops the spinner', async () => {
    await api.addNotices(notice('n-2', '周六停水'))
    const { stop } = spinner()
    pullDown()
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(1), WAIT)
    expect(await screen.findByText('周六停水')).toBeTruthy()
  })

  it('stops the spinner when offline too, keeping the notices shown', async () => {
    const { stop } = spinner()
    api.failNext('offline')
    pullDown()
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(1), WAIT)
    expect(screen.getByText('楼道清扫')).toBeTruthy()
  })
})

describe('我的报告 pulled down', () => {
  const lamp = { category: '设施报修' as const, description: '5 号楼楼道灯不亮', place: '5 号楼 2 单元' }

  it('fetches my reports again and stops the spinner after, on success and on a 503', async () => {
    render(<ReportsPage />)
    await screen.findByText('还没有报告过问题', {}, WAIT)
    await sendReport(lamp, 'pull-down-test-key-0001')
    const { stop } = spinner()
    pullDown()
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(1), WAIT)
    expect(await screen.findByText('5 号楼楼道灯不亮')).toBeTruthy()

    api.failNext({ status: 503, body: { error: '服务暂时不可用' } })
    pullDown()
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(2), WAIT)
    // The saved copy stands in, with when it was fetched — not 加载失败 over an empty list.
    expect(await screen.findByText(/^离线查看 · 更新于 .*未能连接服务器/)).toBeTruthy()
    expect(screen.getByText('5 号楼楼道灯不亮')).toBeTruthy()
  })
})

describe('the workers’ desk pulled down', () => {
  it('reloads 我发布的通知 and stops the spinner only when every list is back, failed or not', async () => {
    await api.signInWorker()
    await api.addNotices(notice('n-1', '已发布通知 1'))
    render(<WorkerPage />)
    showPage()
    await screen.findByText('已发布通知 1', {}, WAIT)
    await api.addNotices(notice('n-2', '新发布的通知'))
    const { stop } = spinner()
    pullDown()
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(1), WAIT)
    expect(await screen.findByText('新发布的通知')).toBeTruthy()

    api.failNext('offline', 3)
    pullDown()
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(2), WAIT)
  })
})

describe('the spinner', () => {
  it('keeps spinning until the slowest list is back', async () => {
    const { PullRefresh } = jest.requireActual<typeof import('@/components/pull-refresh/PullRefresh.weapp')>(
      '@/components/pull-refresh/PullRefresh.weapp',
    )
    const { useRefreshOnPull } = await import('@/components/pull-refresh/refresh-hub')
    let finish: (ok: boolean) => void = () => undefined
    const slow = () => new Promise<boolean>((resolve) => (finish = resolve))
    const failing = () => Promise.reject(new Error('request:fail'))
    function Lists() {
      useRefreshOnPull(slow)
      useRefreshOnPull(failing)
      return null
    }
    const { stop } = spinner()
    render(
      <PullRefresh>
        <Lists />
      </PullRefresh>,
    )
    pullDown()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(stop).not.toHaveBeenCalled()
    finish(false)
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(1))
  })
})
