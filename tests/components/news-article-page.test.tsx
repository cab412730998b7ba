// A resident opens an article: reads all of it with its figures and source, makes the text bigger, and shares it.
import Taro from '@tarojs/taro'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import ArticlePage from '@/packages/news/detail/index'
import news from '@/content/news.json'
import figures from '@/content/figures.json'
import { readingMinutes } from '@/domain/news'
import { ARTICLE_PAGE } from '@/domain/routes'
import { openPageAt } from '../support/route'
import { installShareSheet, removeShareSheet } from '../support/share-sheet'

const ok = (api: string) => ({ errMsg: `${api}:ok` })
const TEXT_SCALE_KEY = 'news.textScale.v1'

/** A 2021 article with figures written with 多, 超 and 余. */
const article = news.find((a) => a.id === '2021-big-data')!
const articleFigures = figures.filter((f) => f.articleId === article.id)

const openArticle = (id: string) => openPageAt(ArticlePage, `/${ARTICLE_PAGE}`, { id })

/** The element that carries the text-size class (article-detail--scale-N). */
function articleRoot(): HTMLElement {
  const root = screen.getByRole('main').querySelector<HTMLElement>('.article-detail')
  if (!root) throw new Error('no .article-detail on the page')
  return root
}

/** The section under a level-3 heading (文中数据, 原文摘录). */
function section(heading: string): HTMLElement {
  return screen.getByRole('heading', { level: 3, name: heading }).parentElement as HTMLElement
}

beforeEach(() => {
  localStorage.clear()
})

describe('an article page opened with ?id=2021-big-data', () => {
  beforeEach(() => openArticle(article.id))

  it('shows the article title, its year and theme and how long it takes to read', () => {
    expect(article).toBeDefined()
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(article.title)
    const meta = within(articleRoot().querySelector<HTMLElement>('.article-detail__meta')!)
    expect(meta.getByText('2021年')).toBeTruthy()
    expect(meta.getByText(article.theme)).toBeTruthy()
    expect(meta.getByText(`约 ${readingMinutes(article)} 分钟读完`)).toBeTruthy()
  })

  it('shows every paragraph of the body', () => {
    expect(article.body.length).toBeGreaterThan(1)
    for (const paragraph of article.body) expect(screen.getByText(paragraph)).toBeTruthy()
  })

  it('shows the article’s own figures under 文中数据, and no others', () => {
    expect(articleFigures.length).toBeGreaterThan(0)
    const tiles = within(section('文中数据'))
    expect(tiles.getAllByRole('link')).toHaveLength(articleFigures.length)
    for (const f of articleFigures) expect(tiles.getByText(f.label)).toBeTruthy()
    // As written in the source: 20多家, 超3000万元, 30余家.
    for (const value of ['20多家', '超3000万元', '30余家', '超10亿元']) expect(tiles.getByText(value)).toBeTruthy()
  })

  it('quotes the source and names it: 来源：西城区2021年工作回顾', () => {
    const sources = within(section('原文摘录'))
    for (const s of article.sources) expect(sources.getByText(`“${s.quote}”`)).toBeTruthy()
    expect(sources.getAllByText('来源：西城区2021年工作回顾')).toHaveLength(1)
  })

  it('opens the article a figure tile comes from when it is tapped', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    fireEvent.click(within(section('文中数据')).getByText('超10亿元'))
    expect(navigateTo).toHaveBeenCalledWith({ url: `/${ARTICLE_PAGE}?id=${article.id}` })
  })
})

describe('text size on an article', () => {
  beforeEach(() => openArticle(article.id))

  it('starts at 标准, and A+ makes the text bigger and remembers it', () => {
    const setStorageSync = jest.spyOn(Taro, 'setStorageSync')
    expect(articleRoot().className).toContain('article-detail--scale-0')
    expect(screen.getByText('字号：标准')).toBeTruthy()
    fireEvent.click(screen.getByLabelText('A+ 增大字号'))
    expect(articleRoot().className).toContain('article-detail--scale-1')
    expect(articleRoot().className).not.toContain('article-detail--scale-0')
    expect(screen.getByText('字号：大')).toBeTruthy()
    expect(setStorageSync).toHaveBeenCalledWith(TEXT_SCALE_KEY, 1)
  })

  it('opens the next article at the size the reader picked', async () => {
    fireEvent.click(screen.getByLabelText('A+ 增大字号'))
    fireEvent.click(screen.getByLabelText('A+ 增大字号'))
    expect(screen.getByText('字号：特大')).toBeTruthy()
    cleanup()
    await openArticle('2023-projects')
    expect(articleRoot().className).toContain('article-detail--scale-2')
    expect(screen.getByText('字号：特大')).toBeTruthy()
  })

  it('marks A- as unavailable at 标准 and A+ at 特大, and neither goes past its end', () => {
    const smaller = screen.getByLabelText('A- 减小字号')
    const bigger = screen.getByLabelText('A+ 增大字号')
    expect([smaller.getAttribute('aria-disabled'), bigger.getAttribute('aria-disabled')]).toEqual(['true', 'false'])
    fireEvent.click(smaller)
    expect(articleRoot().className).toContain('article-detail--scale-0')
    fireEvent.click(bigger)
    fireEvent.click(bigger)
    expect([smaller.getAttribute('aria-disabled'), bigger.getAttribute('aria-disabled')]).toEqual(['false', 'true'])
    fireEvent.click(bigger)
    expect(articleRoot().className).toContain('article-detail--scale-2')
    expect(screen.getByText('字号：特大')).toBeTruthy()
  })

  it('A- makes the text smaller again', () => {
    fireEvent.click(screen.getByLabelText('A+ 增大字号'))
    fireEvent.click(screen.getByLabelText('A- 减小字号'))
    expect(articleRoot().className).toContain('article-detail--scale-0')
  })

  it('still changes the size, and says it was not saved, when storage fails', async () => {
    jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size')
    })
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    fireEvent.click(screen.getByLabelText('A+ 增大字号'))
    expect(articleRoot().className).toContain('article-detail--scale-1')
    await waitFor(() => expect(showToast).toHaveBeenCalledWith({ title: '字号未能保存，本次仍有效', icon: 'none' }))
  })
})

describe('an article link with an unknown id', () => {
  beforeEach(() => openArticle('no-such-article'))

  it('says 找不到这篇文章 and 返回要闻 goes to the 要闻 tab', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    expect(screen.getByText('找不到这篇文章')).toBeTruthy()
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull()
    fireEvent.click(screen.getByText('返回要闻'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/news/index' })
  })
})

describe('‹ 返回 on an article', () => {
  beforeEach(() => openArticle(article.id))

  it('goes back to the page the reader came from', () => {
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{}, {}] as ReturnType<typeof Taro.getCurrentPages>)
    const navigateBack = jest.spyOn(Taro, 'navigateBack').mockResolvedValue(ok('navigateBack'))
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    fireEvent.click(screen.getByLabelText('返回上一页'))
    expect(navigateBack).toHaveBeenCalledTimes(1)
    expect(switchTab).not.toHaveBeenCalled()
  })

  it('goes to 要闻 when the article was opened straight from a link', () => {
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{}] as ReturnType<typeof Taro.getCurrentPages>)
    const navigateBack = jest.spyOn(Taro, 'navigateBack').mockResolvedValue(ok('navigateBack'))
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    fireEvent.click(screen.getByLabelText('返回上一页'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/news/index' })
    expect(navigateBack).not.toHaveBeenCalled()
  })
})

describe('sharing an article in the browser (H5)', () => {
  beforeEach(() => openArticle(article.id))
  afterEach(removeShareSheet)

  it('offers the article by its title in the share sheet, with the page link', async () => {
    const share = installShareSheet('shared')
    fireEvent.click(screen.getByLabelText(`分享《${article.title}》`))
    await waitFor(() => expect(share).toHaveBeenCalledWith({ title: article.title, url: window.location.href }))
  })
})
