// A resident opens 民生 and meets the life events first, then a compact row of the most used hotlines (12345, 110,
// 120, 119) to call with one tap and 全部热线 for the rest; reads what the district did for each life event, opens a
// guide card or the search from there, and finds the guides they saved or opened before.
import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import ServicesOverviewPage from '@/pages/services/index'
import hotlines from '@/content/hotlines.json'
import categories from '@/content/services.json'
import guides from '@/content/guides.json'
import { openPage } from '../support/render-page'
import { shows } from '../support/link-name'

const ok = (api: string) => ({ errMsg: `${api}:ok` })
const FAVOURITES_KEY = 'services.favourites.v1'
const RECENTS_KEY = 'services.recents.v1'

/** The button heading a life-event category (its name is the category name, summary and contents). */
const categoryHeader = (name: string) =>
  screen.getByRole('button', { name: (accessible) => accessible.startsWith(name) && accessible.includes('条进展') })

beforeEach(() => {
  localStorage.clear()
})

describe('民生 page', () => {
  beforeEach(() => openPage(ServicesOverviewPage))

  it('shows the life-event categories before the hotlines', () => {
    const firstCategory = categoryHeader(categories[0].name)
    const hotlineHeading = screen.getByRole('heading', { level: 2, name: '便民热线' })
    // DOCUMENT_POSITION_FOLLOWING: the hotline heading comes after the first category.
    expect(firstCategory.compareDocumentPosition(hotlineHeading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('shows the most used hotlines as one compact row: 12345, 110, 120, 119', () => {
    const row = document.querySelector('.hotline-section__row') as HTMLElement
    const labels = [...row.querySelectorAll('.nut-button')].map((b) => b.getAttribute('aria-label'))
    expect(labels).toEqual([
      '拨打 12345 政务服务便民热线',
      '拨打 110 报警电话',
      '拨打 120 医疗急救电话',
      '拨打 119 火警电话',
    ])
    // The others wait behind 全部热线.
    expect(screen.queryByText('12338')).toBeNull()
    expect(screen.queryAllByText('复制')).toHaveLength(0)
  })

  it('calls 12345 with one tap on the row', () => {
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue(ok('makePhoneCall'))
    fireEvent.click(screen.getByLabelText('拨打 12345 政务服务便民热线'))
    expect(makePhoneCall).toHaveBeenCalledTimes(1)
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12345' })
  })

  it('calls the number that was tapped, e.g. 120', () => {
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue(ok('makePhoneCall'))
    fireEvent.click(screen.getByLabelText('拨打 120 医疗急救电话'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '120' })
  })

  it('opens 全部热线, saying how many there are', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    fireEvent.click(screen.getByRole('link', { name: `全部热线（${hotlines.length} 条，可拨打或复制）` }))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/services/hotlines/index' })
  })

  it('lists every life-event category closed, saying what it holds', () => {
    expect(categories).toHaveLength(12)
    for (const category of categories) {
      const header = categoryHeader(category.name)
      expect(header.getAttribute('aria-expanded')).toBe('false')
      const filed = guides.filter((g) => g.categoryId === category.id).length
      expect(header.textContent).toContain(category.summary)
      expect(header.textContent).toContain(`${category.facts.length} 条进展`)
      if (filed > 0) expect(header.textContent).toContain(`${filed} 份办事指南`)
    }
    // Closed sections keep their facts off the page.
    expect(within(screen.getByRole('main')).queryAllByText(/^来源：/)).toHaveLength(0)
  })

  it('opens a category to show every fact with its source, and closes it again', () => {
    for (const category of categories) {
      fireEvent.click(categoryHeader(category.name))
      expect(categoryHeader(category.name).getAttribute('aria-expanded')).toBe('true')
      for (const fact of category.facts) expect(screen.getByText(fact.text)).toBeTruthy()
    }
    expect(within(screen.getByRole('main')).getAllByText(/^来源：/)).toHaveLength(
      categories.reduce((n, c) => n + c.facts.length, 0),
    )
    const heating = categories.find((c) => c.name === '供热与水电管网')!
    fireEvent.click(categoryHeader(heating.name))
    expect(categoryHeader(heating.name).getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByText(heating.facts[0].text)).toBeNull()
  })
})

describe('民生 page links', () => {
  beforeEach(() => openPage(ServicesOverviewPage))

  /** The life-event section a link is in, by its title. */
  const sectionTitleOf = (el: HTMLElement) =>
    el.closest('.disclosure')?.querySelector('.disclosure__title')?.textContent

  it('lists every guide card under its own life-event category once that is opened', () => {
    expect(guides.length).toBeGreaterThan(0)
    for (const guide of guides) {
      const category = categories.find((c) => c.id === guide.categoryId)!
      expect(screen.queryByRole('link', { name: shows('办事指南', guide.name) })).toBeNull()
      fireEvent.click(categoryHeader(category.name))
      expect(sectionTitleOf(screen.getByRole('link', { name: shows('办事指南', guide.name) }))).toBe(category.name)
      fireEvent.click(categoryHeader(category.name))
    }
  })

  it('opens the 冬季供暖 guide card when its link under 供热与水电管网 is tapped', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    fireEvent.click(categoryHeader('供热与水电管网'))
    const link = screen.getByRole('link', { name: shows('办事指南', '冬季供暖') })
    expect(sectionTitleOf(link)).toBe('供热与水电管网')
    fireEvent.click(link)
    expect(navigateTo).toHaveBeenCalledTimes(1)
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/services/guide/index?id=utilities-heating' })
  })

  it('opens the search page from the search entry at the top', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    fireEvent.click(screen.getByRole('link', { name: '搜索办事：供热、找工作、jiuye…' }))
    expect(navigateTo).toHaveBeenCalledTimes(1)
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/search/index?scope=services' })
  })

  it('says so when the guide page cannot be opened', async () => {
    jest.spyOn(Taro, 'navigateTo').mockRejectedValue(new Error('navigateTo:fail webview count limit exceed'))
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    fireEvent.click(categoryHeader('供热与水电管网'))
    fireEvent.click(screen.getByRole('link', { name: shows('办事指南', '冬季供暖') }))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith({ title: '无法打开页面，请稍后重试', icon: 'none' }))
  })
})

describe('我的收藏 and 最近浏览 on 民生', () => {
  /** The chips under a 我的收藏 / 最近浏览 heading, in order. */
  const chipsUnder = (heading: '我的收藏' | '最近浏览') => {
    const row = screen.getByRole('heading', { level: 2, name: heading }).parentElement as HTMLElement
    return [...row.querySelectorAll('.saved-guides__chip')].map((el) => el.textContent)
  }

  it('shows neither while nothing has been saved or opened', async () => {
    await openPage(ServicesOverviewPage)
    expect(screen.queryByRole('heading', { name: '我的收藏' })).toBeNull()
    expect(screen.queryByRole('heading', { name: '最近浏览' })).toBeNull()
  })

  it('shows the saved favourites as chips, newest first, skipping ids no guide has any more', async () => {
    Taro.setStorageSync(FAVOURITES_KEY, ['transport-parking', 'withdrawn-guide', 'utilities-heating'])
    await openPage(ServicesOverviewPage)
    expect(chipsUnder('我的收藏')).toEqual(['停车', '冬季供暖'])
    expect(screen.queryByRole('heading', { name: '最近浏览' })).toBeNull()
  })

  it('shows the recently viewed guides under 最近浏览', async () => {
    Taro.setStorageSync(RECENTS_KEY, ['safety-food', 'utilities-heating'])
    await openPage(ServicesOverviewPage)
    expect(chipsUnder('最近浏览')).toEqual(['食品安全', '冬季供暖'])
    expect(screen.queryByRole('heading', { name: '我的收藏' })).toBeNull()
  })

  it('opens a guide card when its chip is tapped', async () => {
    Taro.setStorageSync(FAVOURITES_KEY, ['utilities-heating'])
    await openPage(ServicesOverviewPage)
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    const row = screen.getByRole('heading', { level: 2, name: '我的收藏' }).parentElement as HTMLElement
    fireEvent.click(within(row).getByText('冬季供暖'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/services/guide/index?id=utilities-heating' })
  })

  it.each([
    ['a truncated JSON string', () => localStorage.setItem(FAVOURITES_KEY, '{"oops"')],
    ['a number', () => Taro.setStorageSync(FAVOURITES_KEY, 42)],
    ['a string instead of a list', () => Taro.setStorageSync(FAVOURITES_KEY, '["utilities-heating"]')],
    ['an object', () => Taro.setStorageSync(FAVOURITES_KEY, { 'utilities-heating': true })],
  ])('opens normally, with no 我的收藏, when storage holds %s', async (_what, corrupt) => {
    corrupt()
    await openPage(ServicesOverviewPage)
    expect(screen.getByText('12345')).toBeTruthy()
    expect(screen.queryByRole('heading', { name: '我的收藏' })).toBeNull()
  })
})
