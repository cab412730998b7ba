// A resident opens 要闻 and reads every article of both annual reviews, newest year first, each with its source;
// narrows the list by year and theme, and opens an article, the key figures or the timeline.
import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import NewsListPage from '@/pages/news/index'
import news from '@/content/news.json'
import { openPage, SOURCE_LINE } from '../support/render-page'
import { startsWith } from '../support/link-name'

describe('要闻 page', () => {
  beforeEach(() => openPage(NewsListPage))

  it('is titled 西城要闻', () => {
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('西城要闻')
  })

  it('shows every article title from news.json', () => {
    expect(news.length).toBeGreaterThan(0)
    for (const article of news) expect(screen.getByText(article.title)).toBeTruthy()
  })

  it('lists the 2023 articles before the 2021 ones', () => {
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    const byYear = (year: number) => news.filter((a) => a.year === year).map((a) => a.title)
    expect(titles).toEqual([...byYear(2023), ...byYear(2021)])
  })

  it('gives each article its year, summary and the source it comes from', () => {
    for (const article of news) {
      const card = within(
        screen.getByRole('link', { name: startsWith(`${article.year}年`, article.theme, article.title) }),
      )
      expect(card.getByText(`${article.year}年`)).toBeTruthy()
      expect(card.getByText(article.summary)).toBeTruthy()
      expect(card.getByText(SOURCE_LINE[article.sources[0].doc as keyof typeof SOURCE_LINE])).toBeTruthy()
    }
  })
})

describe('要闻 page filters and links', () => {
  const ok = (api: string) => ({ errMsg: `${api}:ok` })
  const titlesOf = (year: number) => news.filter((a) => a.year === year).map((a) => a.title)
  const cardTitles = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
  const chips = (group: '按年份筛选' | '按主题筛选') => within(screen.getByRole('group', { name: group }))
  const chip = (group: '按年份筛选' | '按主题筛选', label: string) =>
    chips(group).getByText(label).closest('.choice-chips__chip') as HTMLElement

  beforeEach(() => openPage(NewsListPage))

  it('counts every article while no year is chosen', () => {
    expect(screen.getByText(`共 ${news.length} 篇`)).toBeTruthy()
    expect(chip('按年份筛选', '全部年份').getAttribute('aria-pressed')).toBe('true')
  })

  it('shows only the 2021 articles, and counts them, once 2021年 is chosen', () => {
    fireEvent.click(chips('按年份筛选').getByText('2021年'))
    const only2021 = titlesOf(2021)
    expect(only2021.length).toBeGreaterThan(0)
    expect(only2021.length).toBeLessThan(news.length)
    expect(cardTitles()).toEqual(only2021)
    expect(screen.getByText(`共 ${only2021.length} 篇`)).toBeTruthy()
    expect(chip('按年份筛选', '2021年').getAttribute('aria-pressed')).toBe('true')
    expect(chip('按年份筛选', '全部年份').getAttribute('aria-pressed')).toBe('false')
    for (const title of titlesOf(2023)) expect(screen.queryByText(title)).toBeNull()
  })

  it('offers only the chosen year’s themes, and a theme narrows the list further', () => {
    fireEvent.click(chips('按年份筛选').getByText('2021年'))
    const themes2021 = [...new Set(news.filter((a) => a.year === 2021).map((a) => a.theme))]
    const themeGroup = screen.getByRole('group', { name: '按主题筛选' })
    const offered = [...themeGroup.querySelectorAll('.choice-chips__chip')].map((el) => el.textContent)
    // 综述 is a 2023 theme only.
    expect(offered).toEqual(['全部主题', ...themes2021])
    expect(offered).not.toContain('综述')
    fireEvent.click(chips('按主题筛选').getByText('城市建设'))
    expect(cardTitles()).toEqual(['新建6条道路8座桥梁，湿地公园建成开园'])
    expect(screen.getByText('共 1 篇')).toBeTruthy()
  })

  it('forgets the theme when another year is chosen', () => {
    fireEvent.click(chips('按年份筛选').getByText('2021年'))
    fireEvent.click(chips('按主题筛选').getByText('城市建设'))
    fireEvent.click(chips('按年份筛选').getByText('2023年'))
    expect(cardTitles()).toEqual(titlesOf(2023))
    expect(chip('按主题筛选', '全部主题').getAttribute('aria-pressed')).toBe('true')
  })

  it('shows a theme from both years, 2023 first, when only a theme is chosen', () => {
    fireEvent.click(chips('按主题筛选').getByText('城市建设'))
    expect(cardTitles()).toEqual(['打通断头路、提升路灯，挖掘车位资源1000余个', '新建6条道路8座桥梁，湿地公园建成开园'])
    expect(screen.getByText('共 2 篇')).toBeTruthy()
  })

  it('opens the article page of the card that is tapped', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    const article = news.find((a) => a.id === '2021-projects')!
    fireEvent.click(screen.getByText(article.title))
    expect(navigateTo).toHaveBeenCalledTimes(1)
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/news/detail/index?id=2021-projects' })
  })

  it('opens 关键数据 and 发展时间线 from their shortcuts', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    fireEvent.click(screen.getByRole('link', { name: startsWith('关键数据') }))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/news/figures/index' })
    fireEvent.click(screen.getByRole('link', { name: startsWith('发展时间线') }))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/news/timeline/index' })
  })

  it('says so when a page cannot be opened', async () => {
    jest.spyOn(Taro, 'navigateTo').mockRejectedValue(new Error('navigateTo:fail'))
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    fireEvent.click(screen.getByRole('link', { name: startsWith('关键数据') }))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith({ title: '无法打开页面，请稍后重试', icon: 'none' }))
  })
})
