// A resident opens 关键数据: compares 2021 with 2023, reads every figure by group, and taps one to read its article.
import Taro from '@tarojs/taro'
import { fireEvent, screen, within } from '@testing-library/react'
import FiguresPage from '@/packages/news/figures/index'
import figures from '@/content/figures.json'
import { openPage } from '../support/render-page'
import { figureText } from '@/domain/news'
import { shows, startsWith } from '../support/link-name'

const ok = (api: string) => ({ errMsg: `${api}:ok` })
const articleUrl = (id: string) => `/packages/news/detail/index?id=${id}`

/** The four things both reviews measure, as the sources write them, and the article each year's figure is in. */
const COMPARISONS = [
  {
    label: '全年重点项目',
    y2021: '80个',
    y2023: '77个',
    articles: ['2021-projects', '2023-projects'],
    bars: [100, 96],
  },
  {
    label: '重点项目总投资',
    y2021: '约413.4亿元',
    y2023: '545亿元',
    articles: ['2021-projects', '2023-projects'],
    bars: [76, 100],
  },
  {
    label: '新签约项目',
    y2021: '25个',
    y2023: '33个',
    articles: ['2021-momentum', '2023-investment'],
    bars: [76, 100],
  },
  {
    label: '新签约项目总投资',
    y2021: '75.5亿元',
    y2023: '112.5亿元',
    articles: ['2021-momentum', '2023-investment'],
    bars: [67, 100],
  },
]

/** The section under a level-2 heading. */
function section(heading: string): HTMLElement {
  return screen.getByRole('heading', { level: 2, name: heading }).parentElement as HTMLElement
}

function comparison(label: string): HTMLElement {
  const item = within(section('两年对比')).getByText(label).closest('.comparison-chart__item')
  if (!item) throw new Error(`no comparison for ${label}`)
  return item as HTMLElement
}

describe('关键数据 page', () => {
  beforeEach(() => openPage(FiguresPage))

  it('is titled 关键数据 and shows 两年对比 first, then each group of figures', () => {
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('关键数据')
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '两年对比',
      '财政',
      '项目',
      '招商',
      '产业园区',
      '城市建设',
      '民生',
      '生态',
      '政务服务',
      '荣誉',
    ])
  })

  it('files the 2023 honours under 荣誉, not under 产业园区', () => {
    expect(within(section('荣誉')).getByText(/获得荣誉/)).toBeTruthy()
    expect(within(section('产业园区')).queryByText(/获得荣誉/)).toBeNull()
  })

  it('compares the 2021 and 2023 values of the four things both reviews measure', () => {
    const chart = section('两年对比')
    expect(chart.querySelectorAll('.comparison-chart__item')).toHaveLength(COMPARISONS.length)
    for (const c of COMPARISONS) {
      const item = within(comparison(c.label))
      expect(item.getByRole('link', { name: shows('2021', c.y2021) })).toBeTruthy()
      expect(item.getByRole('link', { name: shows('2023', c.y2023) })).toBeTruthy()
      expect(item.getByText(c.y2021)).toBeTruthy()
      expect(item.getByText(c.y2023)).toBeTruthy()
    }
  })

  it('draws the larger year as a full bar and the other in proportion', () => {
    for (const c of COMPARISONS) {
      const item = comparison(c.label)
      const widths = ['y2021', 'y2023'].map(
        (y) => item.querySelector<HTMLElement>(`.comparison-chart__bar--${y}`)?.style.width,
      )
      expect({ label: c.label, widths }).toEqual({ label: c.label, widths: c.bars.map((b) => `${b}%`) })
    }
  })

  it('opens the article a comparison bar’s figure comes from', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    for (const c of COMPARISONS) {
      fireEvent.click(within(comparison(c.label)).getByRole('link', { name: shows('2021', c.y2021) }))
      expect(navigateTo).toHaveBeenLastCalledWith({ url: articleUrl(c.articles[0]) })
      fireEvent.click(within(comparison(c.label)).getByRole('link', { name: shows('2023', c.y2023) }))
      expect(navigateTo).toHaveBeenLastCalledWith({ url: articleUrl(c.articles[1]) })
    }
    expect(navigateTo).toHaveBeenCalledTimes(COMPARISONS.length * 2)
  })

  it('shows every figure in its group, with its year', () => {
    for (const f of figures) {
      const tile = within(section(f.group)).getByRole('link', { name: tileName(f) })
      expect(tile).toBeTruthy()
    }
    const tiles = screen.getByRole('main').querySelectorAll('.figure-tile')
    expect(tiles).toHaveLength(figures.length)
  })

  it('writes figures as the source does: 46微克/立方米以下, 1.2万余人, 7.4亿多元', () => {
    expect(within(section('生态')).getByText('46微克/立方米以下')).toBeTruthy()
    expect(within(section('民生')).getByText('1.2万余人')).toBeTruthy()
    expect(within(section('产业园区')).getByText('7.4亿多元')).toBeTruthy()
  })

  it('opens the article each figure tile comes from', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    for (const f of figures) {
      fireEvent.click(within(section(f.group)).getByRole('link', { name: tileName(f) }))
      expect({ figure: f.id, call: navigateTo.mock.lastCall }).toEqual({
        figure: f.id,
        call: [{ url: articleUrl(f.articleId) }],
      })
    }
    expect(navigateTo).toHaveBeenCalledTimes(figures.length)
  })
})

/** A figure tile by its name, read from what it shows: its label, the value, then its year (2021年 · …). */
function tileName(f: (typeof figures)[number]): (name: string) => boolean {
  return startsWith(f.label, figureText(f as Parameters<typeof figureText>[0]), `${f.year}年`)
}
