// What the 月湾湖 page shows below 社区通知 waits for the list: the list says when its first load has ended, and on a
// network that never answers it says so anyway after SETTLE_AT_THE_LATEST_MS, so the rest of the page is not lost.
import { act, render, screen } from '@testing-library/react'
import { NoticeList, SETTLE_AT_THE_LATEST_MS } from '@/features/community/notices/NoticeList'
import type { LoadedFeed } from '@/services/community/notice-pages'
import { showPage } from '../support/page-show'

afterEach(() => jest.useRealTimers())

it('reports settled once the notices have come, not before', async () => {
  let answer: (feed: LoadedFeed) => void = () => undefined
  const onSettled = jest.fn()
  render(<NoticeList load={() => new Promise<LoadedFeed>((resolve) => (answer = resolve))} onSettled={onSettled} />)
  showPage()
  expect(screen.getByLabelText('正在加载通知')).toBeTruthy()
  expect(onSettled).not.toHaveBeenCalled()
  const empty: LoadedFeed = {
    pages: [{ serverTime: new Date().toISOString(), community: null, notices: [], nextCursor: null }],
    stale: null,
  }
  await act(async () => answer(empty))
  expect(screen.getByText('暂无通知')).toBeTruthy()
  expect(onSettled).toHaveBeenCalled()
})

it('reports settled after the longest wait when the network never answers, the list still loading', () => {
  jest.useFakeTimers()
  const onSettled = jest.fn()
  render(<NoticeList load={() => new Promise<LoadedFeed>(() => undefined)} onSettled={onSettled} />)
  showPage()
  act(() => jest.advanceTimersByTime(SETTLE_AT_THE_LATEST_MS - 1))
  expect(onSettled).not.toHaveBeenCalled()
  act(() => jest.advanceTimersByTime(1))
  expect(onSettled).toHaveBeenCalledTimes(1)
  expect(screen.getByLabelText('正在加载通知')).toBeTruthy()
})
