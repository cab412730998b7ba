// 要闻 logic: figures read exactly as the sources write them, 2021↔2023 pairs, year/theme filters, reading time, links.
import { checkReferences, formatProblem } from '@/domain/content-check'
import { CONTENT_FILES, FIGURE_GROUPS, type KeyFigure, type NewsArticle } from '@/domain/content-schema'
import {
  figureText,
  filterArticles,
  groupFigures,
  isPercent,
  readingMinutes,
  themesOf,
  yearComparisons,
} from '@/domain/news'
import { readContentFile } from '../support/content-files'

const figures = CONTENT_FILES['figures.json'].parse(readContentFile('figures.json'))
const news = CONTENT_FILES['news.json'].parse(readContentFile('news.json'))

function figure(id: string): KeyFigure {
  const found = figures.find((f) => f.id === id)
  if (!found) throw new Error(`figures.json has no figure ${id}`)
  return found
}

/** A made-up figure for the cases the bundled content does not have. */
function madeUp(overrides: Partial<KeyFigure>): KeyFigure {
  return { ...figure('2021-key-projects'), id: 'made-up', ...overrides }
}

const ids = (articles: NewsArticle[]) => articles.map((a) => a.id)
const idsOf = (year: number) => news.filter((a) => a.year === year).map((a) => a.id)

describe('figureText writes a figure as the source does', () => {
  it.each([
    ['no qualifier', '2021-budget-revenue', '51593万元'],
    ['余 after the number', '2023-parking', '1000余个'],
    ['余 between 万 and the rest of the unit', '2023-homebuyers-helped', '1.2万余人'],
    ['多 between 亿 and the rest of the unit', '2023-park-tax', '7.4亿多元'],
    ['超 before the number', '2021-hr-revenue', '超10亿元'],
    ['约 before the number', '2021-key-projects-investment', '约413.4亿元'],
    ['以下 after the unit', '2023-pm25', '46微克/立方米以下'],
  ])('%s: %s reads %s', (_shape, id, text) => {
    expect(figureText(figure(id))).toBe(text)
  })

  it('keeps 余 and 多 after a unit that has no 万 or 亿 (20多家, 300余家)', () => {
    expect(figureText(figure('2021-big-data-firms'))).toBe('20多家')
    expect(figureText(figure('2023-park-firms'))).toBe('300余家')
  })

  it('writes a percentage with its % sign', () => {
    expect(figureText(figure('2023-livelihood-share'))).toBe('24.1%')
  })
})

describe('yearComparisons', () => {
  it('pairs the 2021 and 2023 figures of the four compareKeys in the bundled content', () => {
    const pairs = yearComparisons(figures)
    expect(pairs.map((p) => [p.compareKey, p.before.id, p.after.id])).toEqual([
      ['key-projects', '2021-key-projects', '2023-key-projects'],
      ['key-projects-investment', '2021-key-projects-investment', '2023-key-projects-investment'],
      ['new-signed-projects', '2021-new-signed-projects', '2023-new-signed-projects'],
      ['new-signed-investment', '2021-new-signed-investment', '2023-new-signed-investment'],
    ])
    for (const p of pairs) expect(p.before.unit).toBe(p.after.unit)
  })

  it('draws the larger year at 100% and the other relative to it, whichever year is larger', () => {
    const byKey = Object.fromEntries(yearComparisons(figures).map((p) => [p.compareKey, p]))
    // 80 → 77 key projects: 2021 is the larger.
    expect([byKey['key-projects'].beforePercent, byKey['key-projects'].afterPercent]).toEqual([100, 96])
    // 25 → 33 signed projects: 2023 is the larger; 25 / 33 = 75.8 %.
    expect([byKey['new-signed-projects'].beforePercent, byKey['new-signed-projects'].afterPercent]).toEqual([76, 100])
    // 413.4 → 545 亿元.
    expect(byKey['key-projects-investment'].beforePercent).toBe(76)
    // 75.5 → 112.5 亿元.
    expect(byKey['new-signed-investment'].beforePercent).toBe(67)
  })

  it('labels a pair with the 2023 label and the shared unit', () => {
    const [pair] = yearComparisons([
      madeUp({ id: 'a', year: 2021, label: '旧名称', compareKey: 'k', value: 10, unit: '个' }),
      madeUp({ id: 'b', year: 2023, label: '新名称', compareKey: 'k', value: 20, unit: '个' }),
    ])
    expect(pair).toEqual(expect.objectContaining({ label: '新名称', unit: '个', beforePercent: 50, afterPercent: 100 }))
  })

  it('does not pair figures of the same compareKey measured in different units', () => {
    const mixed = [
      madeUp({ id: 'a', year: 2021, compareKey: 'investment', value: 51593, unit: '万元' }),
      madeUp({ id: 'b', year: 2023, compareKey: 'investment', value: 5.2, unit: '亿元' }),
    ]
    expect(yearComparisons(mixed)).toEqual([])
  })

  it('does not pair figures with different compareKeys, without one, or with only one year', () => {
    const unpaired = [
      madeUp({ id: 'a', year: 2021, compareKey: 'roads', value: 6, unit: '条' }),
      madeUp({ id: 'b', year: 2023, compareKey: 'bridges', value: 8, unit: '条' }),
      madeUp({ id: 'c', year: 2021, compareKey: null, value: 6, unit: '座' }),
      madeUp({ id: 'd', year: 2023, compareKey: null, value: 8, unit: '座' }),
      madeUp({ id: 'e', year: 2023, compareKey: 'parking', value: 1000, unit: '个' }),
    ]
    expect(yearComparisons(unpaired)).toEqual([])
  })

  it('draws two zero values as empty bars rather than dividing by zero', () => {
    const [pair] = yearComparisons([
      madeUp({ id: 'a', year: 2021, compareKey: 'k', value: 0 }),
      madeUp({ id: 'b', year: 2023, compareKey: 'k', value: 0 }),
    ])
    expect([pair.beforePercent, pair.afterPercent]).toEqual([0, 0])
  })
})

describe('filterArticles', () => {
  it('shows every article, 2023 first, in bundled order within each year, when nothing is chosen', () => {
    // news.json lists 2021 first, so this only passes if the list is really sorted.
    expect(news[0].year).toBe(2021)
    expect(ids(filterArticles(news, { year: null, theme: null }))).toEqual([...idsOf(2023), ...idsOf(2021)])
  })

  it('narrows to one year', () => {
    const only2021 = filterArticles(news, { year: 2021, theme: null })
    expect(ids(only2021)).toEqual(idsOf(2021))
    expect(only2021.length).toBeGreaterThan(0)
    expect(ids(filterArticles(news, { year: 2023, theme: null }))).toEqual(idsOf(2023))
  })

  it('narrows to one theme across both years, newest first', () => {
    expect(ids(filterArticles(news, { year: null, theme: '城市建设' }))).toEqual(['2023-city-image', '2021-new-city'])
  })

  it('narrows to a theme within a year', () => {
    expect(ids(filterArticles(news, { year: 2021, theme: '城市建设' }))).toEqual(['2021-new-city'])
    expect(ids(filterArticles(news, { year: 2023, theme: '民生' }))).toEqual(['2023-livelihood'])
  })

  it('finds nothing for a theme the chosen year does not have', () => {
    expect(filterArticles(news, { year: 2021, theme: '综述' })).toEqual([])
  })

  it('leaves the list it was given in its order', () => {
    const before = ids(news)
    filterArticles(news, { year: null, theme: null })
    expect(ids(news)).toEqual(before)
  })
})

describe('themesOf', () => {
  it('lists the themes of one year, in first-seen order', () => {
    expect(themesOf(news, 2021)).toEqual(['经济', '大数据产业', '城市建设', '项目建设', '营商环境', '民生', '发展战略'])
    expect(themesOf(news, 2023)).toEqual([
      '综述',
      '招商引资',
      '项目建设',
      '产业园区',
      '城市建设',
      '资金土地',
      '民生',
      '党建',
      '发展战略',
    ])
  })

  it('lists a theme both years share once when no year is chosen', () => {
    const all = themesOf(news)
    expect(all).toEqual([...new Set([...themesOf(news, 2021), ...themesOf(news, 2023)])])
    expect(all.filter((t) => t === '城市建设')).toHaveLength(1)
  })
})

describe('readingMinutes', () => {
  it('is at least one minute, even for a one-line article', () => {
    expect(readingMinutes({ title: '短讯', body: ['一句话。'] })).toBe(1)
  })

  it('counts about 400 characters a minute, title included and whitespace not', () => {
    const body = ['字'.repeat(1000), `${'字'.repeat(990)} \n\t`]
    expect(readingMinutes({ title: '十个字的标题标题标', body })).toBe(5)
  })

  it('gives every bundled article a whole number of minutes, one or more', () => {
    for (const article of news) {
      const minutes = readingMinutes(article)
      expect(Number.isInteger(minutes)).toBe(true)
      expect(minutes).toBeGreaterThanOrEqual(1)
    }
  })
})

describe('groupFigures and isPercent', () => {
  it('groups figures in the dashboard order and leaves out empty groups', () => {
    const groups = groupFigures(
      [figure('2023-pm25'), figure('2021-budget-revenue'), figure('2023-financing')],
      [...FIGURE_GROUPS],
    )
    expect(groups.map((g) => [g.group, g.figures.map((f) => f.id)])).toEqual([
      ['财政', ['2021-budget-revenue', '2023-financing']],
      ['生态', ['2023-pm25']],
    ])
  })

  it('treats only % figures as percentages', () => {
    expect(isPercent(figure('2021-one-visit'))).toBe(true)
    expect(isPercent(figure('2023-pm25'))).toBe(false)
  })
})

describe('checkReferences', () => {
  const article = { id: 'kept-article' }
  const linked = (id: string, articleId?: string) => ({ id, ...(articleId === undefined ? {} : { articleId }) })

  it('passes figures and milestones that link to existing articles', () => {
    const files = {
      'news.json': [article],
      'figures.json': [linked('f1', 'kept-article')],
      'timeline.json': [linked('m1', 'kept-article')],
    }
    expect(checkReferences(files)).toEqual([])
  })

  it('names the file, item and articleId field of a figure whose article is missing', () => {
    const files = {
      'news.json': [article],
      'figures.json': [linked('f1', 'kept-article'), linked('f2', 'removed-article')],
    }
    const problems = checkReferences(files)
    expect(problems).toEqual([expect.objectContaining({ file: 'figures.json', itemId: 'f2', field: 'articleId' })])
    // The message says which file lacks which id, whatever its exact wording.
    expect(problems[0].message).toContain('news.json')
    expect(problems[0].message).toContain('"removed-article"')
    expect(formatProblem(problems[0])).toMatch(/^figures\.json › f2 › articleId: /)
  })

  it('names a figure without any articleId, and a milestone whose article is missing', () => {
    const files = {
      'news.json': [article],
      'figures.json': [linked('f3')],
      'timeline.json': [linked('m2', 'gone')],
    }
    expect(checkReferences(files).map(({ file, itemId, field }) => ({ file, itemId, field }))).toEqual([
      { file: 'figures.json', itemId: 'f3', field: 'articleId' },
      { file: 'timeline.json', itemId: 'm2', field: 'articleId' },
    ])
  })
})
