// In the browser (H5) a resident pulls 社区通知 down from the top of the page (NutUI's PullToRefresh): its head says
// 正在刷新… while the notices are fetched again, then 已刷新 with the new notice shown — or 刷新失败 when offline, the
// notices fetched before still shown — and folds away either way, saying nothing when folded. The notices are the real API's (fake-api.ts).
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import CommunityOverviewPage from '@/pages/community/index'
import type { NoticeRecord } from '@/domain/notice/schema'
import { fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'

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

const head = () => document.querySelector('.nut-pulltorefresh-status-text')?.textContent ?? ''

/** A finger on the list, dragged 300 px down and let go. */
function pull(): void {
  const region = document.querySelector('.nut-pulltorefresh') as HTMLElement
  const at = (y: number) => ({ touches: [{ clientX: 0, pageX: 0, clientY: y, pageY: y }] })
  fireEvent.touchStart(region, at(0))
  fireEvent.touchMove(region, at(150))
  fireEvent.touchMove(region, at(300))
  fireEvent.touchMove(region, at(300))
  act(() => {
    fireEvent.touchEnd(region, { touches: [] })
  })
}

beforeEach(async () => {
  localStorage.clear()
  await api.addNotices(notice('n-1', '楼道清扫'))
  render(<CommunityOverviewPage />)
  showPage()
  await screen.findByText('楼道清扫', {}, WAIT)
})

it('says 正在刷新… while fetching, then 已刷新 with the new notice, then folds away', async () => {
  await api.addNotices(notice('n-2', '周六停水'))
  expect(head()).toBe('')
  pull()
  expect(head()).toBe('正在刷新…')
  await waitFor(() => expect(head()).toBe('已刷新'), WAIT)
  expect(screen.getByText('周六停水')).toBeTruthy()
  await waitFor(() => expect(head()).toBe(''), WAIT)
})

it('says 刷新失败 when offline, keeps the notices shown, and folds away', async () => {
  api.failNext('offline')
  pull()
  expect(head()).toBe('正在刷新…')
  await waitFor(() => expect(head()).toBe('刷新失败'), WAIT)
  expect(screen.getByText('楼道清扫')).toBeTruthy()
  await waitFor(() => expect(head()).toBe(''), WAIT)
})
