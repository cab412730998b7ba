// A resident opens one notice: the page fetches it (GET /api/notices/:id) and shows its body as typed; offline it shows
// the copy saved when the notice was last opened on this phone (saying so, with when), else the row from the cached
// list with a clear note that the body needs the network; a withdrawn notice (404) says it cannot be found.
// The notice is served by the real API (tests/support/fake-api.ts).
import Taro from '@tarojs/taro'
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import NoticePage from '@/packages/community/notice/index'
import { API_PATHS } from '@/domain/api-contract'
import type { NoticeView } from '@/domain/notice/api'
import type { NoticeRecord } from '@/domain/notice/schema'
import { STORAGE_KEYS } from '@/services/storage'
import { fakeApiForFile } from '../support/fake-api'
import { openPageAt } from '../support/route'

const api = fakeApiForFile()

const PUBLISHED_AT = '2026-05-08T01:00:00.000Z' // 2026-05-08 09:00 in China
const NOTICE: NoticeView = {
  id: 'n-water',
  category: '通知',
  title: '周三停水',
  body: '周三 9:00–12:00 停水。\n请提前储水。',
  audience: '全体居民',
  pinned: true,
  publishAt: PUBLISHED_AT,
  expireAt: null,
  withdrawnAt: null,
  author: { id: 'w-1', name: '李红' },
  createdAt: PUBLISHED_AT,
  updatedAt: PUBLISHED_AT,
  state: 'published',
  editedAt: null,
}
const { body: _body, author: _author, createdAt: _created, ...SUMMARY } = NOTICE

/** The notice as the server stores it. */
const { state: _state, editedAt: _edited, ...STORED } = NOTICE
const RECORD: NoticeRecord = { ...STORED, history: [] }

async function openNotice(id = NOTICE.id): Promise<void> {
  await openPageAt(NoticePage, '/packages/community/notice/index', { id })
}

const bodyText = () => document.querySelector('.notice-detail__body')?.textContent ?? null

beforeEach(() => {
  localStorage.clear()
})

describe('opening a notice', () => {
  it('fetches that one notice and shows its body as typed, line breaks and all', async () => {
    await api.addNotices(RECORD)
    await openNotice()
    expect(api.calls).toHaveLength(1)
    expect(api.calls[0]).toMatchObject({ url: API_PATHS.notice('n-water'), method: 'GET' })
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('周三停水')
    expect(bodyText()).toBe('周三 9:00–12:00 停水。\n请提前储水。')
    expect(screen.getByText('置顶')).toBeTruthy()
    expect(screen.getByText(/发布：2026-05-08 09:00/)).toBeTruthy()
  })

  it('says it cannot be found when the server answers 404 (withdrawn)', async () => {
    await api.addNotices(RECORD)
    await openNotice('n-gone')
    expect(screen.getByText('找不到这条通知')).toBeTruthy()
    expect(bodyText()).toBeNull()
  })
})

describe('opening a notice offline', () => {
  it('shows the copy saved when it was last opened here, saying when', async () => {
    jest.useFakeTimers({
      now: new Date('2026-05-09T12:15:00.000Z'), // 20:15 in China
      doNotFake: ['setTimeout', 'setInterval', 'queueMicrotask', 'nextTick'],
    })
    await api.addNotices(RECORD)
    await openNotice()
    jest.useRealTimers()
    cleanup()

    api.offline = true
    await openNotice()
    expect(bodyText()).toBe('周三 9:00–12:00 停水。\n请提前储水。')
    expect(screen.getByText('网络不可用，请检查网络。显示的是 2026-05-09 20:15 保存的内容，可能不是最新')).toBeTruthy()
  })

  it('never opened here: shows its row from the cached list and says the body needs the network', async () => {
    // The 月湾湖 tab cached its list earlier; this notice was never opened on the phone.
    const page = {
      serverTime: PUBLISHED_AT,
      community: { id: 'yuewanhu', name: '月湾湖社区' },
      notices: [SUMMARY],
      nextCursor: null,
    }
    Taro.setStorageSync(STORAGE_KEYS.noticeCache, { pages: [{ fetchedAt: PUBLISHED_AT, page }] })
    await api.addNotices(RECORD)
    api.offline = true
    await openNotice()
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('周三停水')
    expect(bodyText()).toBeNull()
    expect(
      screen.getByText('网络不可用，请检查网络。正文需要联网才能查看（这条通知还没有在本机打开过）。'),
    ).toBeTruthy()

    // The network is back: 重新加载 brings the body.
    api.offline = false
    fireEvent.click(screen.getByText('重新加载'))
    await waitFor(() => expect(bodyText()).toBe('周三 9:00–12:00 停水。\n请提前储水。'))
  })

  it('with neither, says it could not load and offers 重新加载', async () => {
    api.offline = true
    await openNotice()
    expect(screen.getByRole('alert').textContent).toContain('网络不可用，请检查网络')
    expect(screen.getByText('重新加载')).toBeTruthy()
  })
})
