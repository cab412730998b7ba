// A resident taps 搜索 in a tab header and searches the whole app once: results come grouped (要闻 / 公园 / 社区通知 …)
// with a count each and the match picked out, and open their page; typing 长辈版 / 关怀版 / zhangbeiban offers the
// 长辈版 switch; recent searches are kept on the phone, tapped to search again, and cleared; the 民生 entry searches
// guides and hotlines only, with a way to widen it.
import Taro from '@tarojs/taro'
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import SearchPage from '@/packages/search/index'
import NewsPage from '@/pages/news/index'
import ParksPage from '@/pages/parks/index'
import { SEARCH_PAGE } from '@/domain/routes'
import { uiModeStore } from '@/services/ui-mode'
import { STORAGE_KEYS } from '@/services/storage'
import { openPage } from '../support/render-page'
import { openPageAt } from '../support/route'

const ok = (api: string) => ({ errMsg: `${api}:ok` })

function type(text: string): void {
  fireEvent.input(screen.getByRole('textbox'), { target: { value: text } })
}

/** The result groups on screen: each heading with its count, e.g. 公园 4 条. */
const groups = () =>
  [...document.querySelectorAll('.global-search__group-head')].map((el) => (el.textContent ?? '').replace(/\s+/g, ''))

function resultsIn(group: string): string[] {
  const el = screen.getByRole('heading', { name: group }).closest('.nut-cell-group') as HTMLElement
  return [...el.querySelectorAll('.nut-cell-title')].map((t) => t.textContent ?? '')
}

/** The result row whose title reads `title` (the title is split where the match is picked out). */
function resultRow(title: string): HTMLElement {
  const found = [...document.querySelectorAll<HTMLElement>('.nut-cell-title')].filter((t) => t.textContent === title)
  if (found.length !== 1) throw new Error(`${found.length} results titled ${title}`)
  return found[0]
}

/** A NutUI button by its accessible name (aria-label, else its text); jsdom gives Taro's buttons no button role. */
function button(name: string, container: HTMLElement = document.body): HTMLElement {
  const found = [...container.querySelectorAll<HTMLElement>('.nut-button')].filter(
    (b) => (b.getAttribute('aria-label') ?? (b.textContent ?? '').trim()) === name,
  )
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`)
  return found[0]
}

const highlighted = () => [...document.querySelectorAll('.highlighted-text__match')].map((el) => el.textContent)
const offer = () => screen.queryByRole('region', { name: '长辈版设置' })
const shell = () => document.querySelector('.page-shell') as HTMLElement

async function openSearch(params: Record<string, string> = {}): Promise<void> {
  await openPageAt(SearchPage, `/${SEARCH_PAGE}`, params)
  await screen.findByRole('textbox')
}

/** Leaves the page and opens it again, as after going back and tapping 搜索 once more. */
async function reopen(): Promise<void> {
  cleanup()
  await openSearch()
}

beforeEach(() => localStorage.clear())

afterEach(() => {
  act(() => {
    uiModeStore.set('standard')
  })
})

describe('the 搜索 button in the tab headers', () => {
  it.each([
    ['要闻', NewsPage],
    ['公园', ParksPage],
  ])('on %s opens the search over everything', async (_tab, Page) => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    await openPage(Page)
    fireEvent.click(button('搜索'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/search/index' })
  })
})

describe('before anything is typed', () => {
  beforeEach(() => openSearch())

  it('says what can be typed and offers examples to tap, and no recent searches yet', () => {
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('搜索')
    expect(screen.getByText('可输入汉字、拼音或首字母')).toBeTruthy()
    expect(screen.getByRole('heading', { name: '试试这样搜' })).toBeTruthy()
    expect(screen.queryByRole('heading', { name: '最近搜索' })).toBeNull()
    expect(groups()).toEqual([])
  })

  it('searches an example when it is tapped', () => {
    fireEvent.click(button('shidi'))
    expect(groups()).toEqual(['要闻2条', '公园4条'])
  })
})

describe('one query across the app', () => {
  beforeEach(() => openSearch())

  it('shidi finds news and wetland parks, grouped with counts, 湿地 picked out', () => {
    type('shidi')
    expect(screen.getByText('找到 6 条')).toBeTruthy()
    expect(groups()).toEqual(['要闻2条', '公园4条'])
    expect(resultsIn('公园')).toEqual(expect.arrayContaining(['花溪湿地公园', '小南湖湿地公园']))
    expect(highlighted()).toContain('湿地')
  })

  it('opens a park from its result', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    type('shidi')
    fireEvent.click(screen.getByText('花溪', { exact: false, selector: '.highlighted-text' }))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/parks/detail/index?id=huaxi-wetland-park' })
  })

  it('opens an article from its result', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    type('湿地')
    fireEvent.click(screen.getByText('新建6条道路8座桥梁，', { exact: false, selector: '.highlighted-text' }))
    expect(navigateTo).toHaveBeenCalledWith({ url: expect.stringMatching(/^\/packages\/news\/detail\/index\?id=/) })
  })

  it('says nothing was found and offers 小事快办, 12345 and a wider search instead of a bare 暂无结果', () => {
    type('xqzv')
    expect(screen.getByText('找到 0 条')).toBeTruthy()
    expect(screen.getByText('没有找到相关内容')).toBeTruthy()
    expect(screen.queryByText('暂无结果')).toBeNull()
    expect(button('小事快办：把问题告诉社区')).toBeTruthy()
    expect(button('拨打 12345 政务服务便民热线')).toBeTruthy()
    expect(button('看看全部办事指南')).toBeTruthy()
    expect(screen.getByText(/只打拼音、首字母/)).toBeTruthy()
  })

  it('opens 小事快办 from an empty result, to report the problem', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    type('楼道灯闪')
    fireEvent.click(button('小事快办：把问题告诉社区'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/community/reports/index' })
  })

  it('calls 12345 from an empty result', () => {
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue(ok('makePhoneCall'))
    type('xqzv')
    fireEvent.click(button('拨打 12345 政务服务便民热线'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12345' })
  })

  it('goes to all the guides on 民生 from an empty result', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    type('xqzv')
    fireEvent.click(button('看看全部办事指南'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
  })

  it('offers a shorter search that finds something, and runs it when tapped', () => {
    type('冬季暖气片不热')
    expect(screen.getByText('找到 0 条')).toBeTruthy()
    fireEvent.click(button('只搜“冬季”'))
    expect(resultsIn('办事指南')).toContain('冬季供暖')
  })
})

describe("everyday words and the app's own features", () => {
  beforeEach(() => openSearch())

  it('小事快办 finds the feature first and opens the report page', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    type('小事快办')
    expect(groups()[0]).toBe('常用功能1条')
    fireEvent.click(resultRow('小事快办：报告身边的小问题'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/community/reports/index' })
  })

  it('收藏 leads to 我的收藏 on the 民生 tab', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    type('收藏')
    fireEvent.click(resultRow('我的收藏'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
  })

  it('医保 finds 12345 to ask, with 拨打', () => {
    type('医保')
    expect(resultsIn('便民热线')).toEqual(['政务服务便民热线'])
  })

  it('路灯坏了 finds the 长江路路灯 guide and 小事快办', () => {
    type('路灯坏了')
    expect(resultsIn('办事指南')).toEqual(['长江路路灯'])
    expect(resultsIn('常用功能')).toEqual(['小事快办：报告身边的小问题'])
  })
})

describe('community notices', () => {
  const cacheNotices = () =>
    Taro.setStorageSync(STORAGE_KEYS.noticeCache, {
      pages: [
        {
          fetchedAt: '2026-11-20T00:00:00.000Z',
          page: {
            serverTime: '2026-11-20T00:00:00.000Z',
            community: { id: 'yuewanhu', name: '月湾湖社区' },
            notices: [
              {
                id: 'n-7',
                category: '停水停电',
                title: '周六小区停水通知',
                audience: '全体居民',
                pinned: false,
                publishAt: '2026-11-19T00:00:00.000Z',
                expireAt: null,
                state: 'published',
              },
            ],
            nextCursor: null,
          },
        },
      ],
    })

  it('finds a notice this phone has cached, offline, and opens it', async () => {
    cacheNotices()
    const request = jest.spyOn(Taro, 'request')
    await openSearch()
    type('tingshui')
    // 停水 also leads to 小事快办 and 12345 (everyday words); the notice is under 社区通知.
    expect(groups()).toEqual(['常用功能1条', '便民热线1条', '社区通知1条'])
    expect(highlighted()).toEqual(['停水'])
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    fireEvent.click(screen.getByText('周六小区', { exact: false, selector: '.highlighted-text' }))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/community/notice/index?id=n-7' })
    expect(request).not.toHaveBeenCalled()
  })

  it('says notices cannot be searched yet when none is cached, without an error', async () => {
    await openSearch()
    type('tingshui')
    expect(screen.getByText('本机还没有保存社区通知。联网打开“月湾湖”页后，通知也能搜到。')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

describe('asking for large text', () => {
  beforeEach(() => openSearch())

  it.each(['关怀版', '长辈版', '大字', 'zhangbeiban'])('%s offers the 长辈版 switch above the results', (query) => {
    type(query)
    expect(offer()).toBeTruthy()
    expect(within(offer() as HTMLElement).getByText('需要大字？打开长辈版')).toBeTruthy()
  })

  it('does not offer it for other searches', () => {
    type('供暖')
    expect(offer()).toBeNull()
  })

  it('switches the whole page to 长辈版 from the offer', () => {
    type('关怀版')
    expect(shell().className).toContain('page-shell--standard')
    fireEvent.click(within(offer() as HTMLElement).getByRole('switch', { name: /长辈版/ }))
    expect(shell().className).toContain('page-shell--elder')
    expect(shell().style.getPropertyValue('--app-target')).toBe('60px')
    expect(within(offer() as HTMLElement).getByText('长辈版已开启')).toBeTruthy()
  })
})

describe('recent searches', () => {
  const recentChips = () =>
    [...screen.getByRole('group', { name: '最近搜索' }).querySelectorAll('.nut-button')].map((b) =>
      (b.textContent ?? '').trim(),
    )

  it('keeps what was searched when a result is opened, newest first, after leaving the page', async () => {
    jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    await openSearch()
    type('shidi')
    fireEvent.click(screen.getByText('花溪', { exact: false, selector: '.highlighted-text' }))
    type('供暖')
    fireEvent.click(screen.getByText('冬季', { exact: false, selector: '.highlighted-text' }))
    await reopen()
    expect(recentChips()).toEqual(['供暖', 'shidi'])
  })

  it('searches again when one is tapped, and moves it first', async () => {
    Taro.setStorageSync(STORAGE_KEYS.recentSearches, ['供暖', 'shidi'])
    await openSearch()
    fireEvent.click(button('shidi', screen.getByRole('group', { name: '最近搜索' })))
    expect(groups()).toEqual(['要闻2条', '公园4条'])
    type('')
    expect(recentChips()).toEqual(['shidi', '供暖'])
  })

  it('clears them with 清除', async () => {
    Taro.setStorageSync(STORAGE_KEYS.recentSearches, ['供暖', 'shidi'])
    await openSearch()
    fireEvent.click(button('清除最近搜索'))
    expect(screen.queryByRole('heading', { name: '最近搜索' })).toBeNull()
    await reopen()
    expect(screen.queryByRole('heading', { name: '最近搜索' })).toBeNull()
  })

  it('shows none, and no error, when what is stored is corrupted', async () => {
    Taro.setStorageSync(STORAGE_KEYS.recentSearches, { broken: true })
    await openSearch()
    expect(screen.queryByRole('heading', { name: '最近搜索' })).toBeNull()
    expect(screen.getByText('可输入汉字、拼音或首字母')).toBeTruthy()
  })

  it('keeps them for now and says so when storage is full', async () => {
    await openSearch()
    jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size')
    })
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    fireEvent.click(button('jiuye'))
    type('')
    expect(recentChips()).toEqual(['jiuye'])
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: expect.stringContaining('仅在当前打开期间') }))
  })
})

describe('opened from the 民生 search entry', () => {
  beforeEach(() => openSearch({ scope: 'services' }))

  it('searches guides and hotlines only, and says so', () => {
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('搜索办事')
    expect(screen.getByText('只搜办事指南和热线')).toBeTruthy()
    type('湿地')
    expect(screen.getByText('找到 0 条')).toBeTruthy()
    expect(groups()).toEqual([])
  })

  it('widens to everything from the empty result, with how many it would find', () => {
    type('湿地')
    fireEvent.click(button('在全部内容中搜索（5 条）'))
    expect(groups()).toEqual(['要闻1条', '公园4条'])
    expect(screen.queryByText('只搜办事指南和热线')).toBeNull()
  })

  it('has 搜全部内容 on the scope line too', () => {
    type('shidi')
    fireEvent.click(button('搜全部内容'))
    expect(groups()).toEqual(['要闻2条', '公园4条'])
  })
})
