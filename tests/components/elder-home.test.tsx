// An older resident turns on 长辈版: every tab opens on six large tiles, each one tap from what it names, with the
// tab's full content one tap below and the 要闻 filters folded behind 筛选; 标准版 stays as it was.
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import NewsPage from '@/pages/news/index'
import ParksPage from '@/pages/parks/index'
import ServicesOverviewPage from '@/pages/services/index'
import guides from '@/content/guides.json'
import { CONTACTS_PAGE, REPORTS_PAGE, guideUrl, searchUrl } from '@/domain/routes'
import { STORAGE_KEYS, writePreference } from '@/services/storage'
import { uiModeStore } from '@/services/ui-mode'
import { setFullContent } from '@/features/elder-home/full-content'
import { TABS } from '@/app/tabs'

const ok = (api: string) => ({ errMsg: `${api}:ok` })
const TILE_TITLES = ['小事快办', '打电话', '社区通知', '常用办事', '今日公园', '搜索']
const guideName = (id: string) => guides.find((g) => g.id === id)?.name

/** The six tiles' titles, in the order they show. */
const tileTitles = () =>
  [...document.querySelectorAll('.elder-home > .elder-home__tile')].map(
    (tile) => tile.querySelector('.elder-home__title')?.textContent,
  )

/** Whether the element, part of a tab's full content, is shown (its container not display: none). */
const fullContentShown = (element: HTMLElement) =>
  (element.closest('.elder-home__full') as HTMLElement).style.display !== 'none'

beforeEach(() => {
  localStorage.clear()
  act(() => {
    uiModeStore.set('elder')
  })
})

afterEach(() => {
  act(() => {
    uiModeStore.set('standard')
    TABS.forEach((tab) => setFullContent(tab.key, false))
  })
  jest.restoreAllMocks()
})

describe('长辈版 home', () => {
  it.each([
    ['要闻', NewsPage, '发展时间线'],
    ['民生', ServicesOverviewPage, '便民热线'],
    ['公园', ParksPage, '筛选'],
  ])('%s opens on the six tiles, its own content one tap below', async (name, Page, contentText) => {
    render(<Page />)
    expect(tileTitles()).toEqual(TILE_TITLES)
    // Loaded with the page (so it is there at once when opened), but out of sight and out of the accessibility tree.
    const content = (await screen.findAllByText(contentText))[0]
    expect(fullContentShown(content)).toBe(false)
    const more = screen.getByRole('button', { name: `${name}全部内容` })
    expect(more.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(more)
    expect(more.getAttribute('aria-expanded')).toBe('true')
    expect(fullContentShown(content)).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: `收起${name}全部内容` }))
    expect(fullContentShown(content)).toBe(false)
  })

  it('leaves 标准版 as it was: no tiles, the content at once', async () => {
    act(() => {
      uiModeStore.set('standard')
    })
    render(<NewsPage />)
    expect(tileTitles()).toEqual([])
    expect(await screen.findByRole('group', { name: '按年份筛选' })).toBeTruthy()
  })

  it('reaches 小事快办, 搜索 and the 居委会 numbers in one tap, and calls 12345 from 打电话', () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue(ok('makePhoneCall'))
    render(<NewsPage />)
    fireEvent.click(screen.getByText('小事快办'))
    expect(navigate).toHaveBeenLastCalledWith({ url: `/${REPORTS_PAGE}` })
    fireEvent.click(screen.getByText('找文章、办事指南、公园和通知'))
    expect(navigate).toHaveBeenLastCalledWith({ url: searchUrl() })
    const callTile = screen.getByRole('group', { name: '打电话' })
    fireEvent.click(within(callTile).getByText('12345 政务服务便民热线'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '12345' })
    fireEvent.click(within(callTile).getByText('居委会电话 ›'))
    expect(navigate).toHaveBeenLastCalledWith({ url: `/${CONTACTS_PAGE}` })
  })

  it('offers the community and heating guides to a first-time resident, each one tap from its card', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    render(<ParksPage />)
    const guidesTile = screen.getByRole('group', { name: '常用办事' })
    const offered = await within(guidesTile).findAllByText(/ ›$/)
    expect(offered.map((b) => b.textContent)).toEqual([
      `${guideName('community-yuewanhu')} ›`,
      `${guideName('utilities-heating')} ›`,
    ])
    fireEvent.click(offered[1])
    expect(navigate).toHaveBeenLastCalledWith({ url: guideUrl('utilities-heating') })
  })

  it('puts the resident’s saved guide first, then the one opened last', async () => {
    writePreference(STORAGE_KEYS.favourites, ['safety-food'])
    writePreference(STORAGE_KEYS.recents, ['transport-parking', 'safety-food'])
    render(<NewsPage />)
    const offered = await within(screen.getByRole('group', { name: '常用办事' })).findAllByText(/ ›$/)
    expect(offered.map((b) => b.textContent)).toEqual([
      `${guideName('safety-food')} ›`,
      `${guideName('transport-parking')} ›`,
    ])
  })

  it('社区通知 and 今日公园 switch to their tab with its full content open', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    render(<ParksPage />)
    fireEvent.click(screen.getByText('今日公园'))
    expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/parks/index' })
    // This very tab: its content opens under the tiles.
    expect(screen.getByRole('button', { name: '收起公园全部内容' })).toBeTruthy()
    fireEvent.click(screen.getByText('社区通知'))
    expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/community/index' })
  })

  it('folds the 要闻 filters behind one 筛选 button that counts what is chosen', async () => {
    render(<NewsPage />)
    fireEvent.click(screen.getByRole('button', { name: '要闻全部内容' }))
    const filter = await screen.findByRole('button', { name: /^筛选/ })
    expect(screen.queryByRole('group', { name: '按年份筛选' })).toBeNull()
    fireEvent.click(filter)
    const years = screen.getByRole('group', { name: '按年份筛选' })
    fireEvent.click(within(years).getByText('2023年'))
    expect(filter.textContent).toContain('筛选（已选 1 项）')
    expect(screen.getByText(/^共 \d+ 篇$/)).toBeTruthy()
  })
})
