// News logic: filtering articles by year and theme, reading time, figure text and comparisons between years.
import type { KeyFigure, NewsArticle } from './content-schema'

export type NewsYear = NewsArticle['year']

export interface NewsFilter {
  year: NewsYear | null
  theme: string | null
}

export const NO_FILTER: NewsFilter = { year: null, theme: null }

/** Articles matching the filter, newest year first, in their bundled order within a year. */
export function filterArticles<T extends Pick<NewsArticle, 'year' | 'theme'>>(
  articles: readonly T[],
  filter: NewsFilter,
): T[] {
  return articles
    .filter(
      (a) => (filter.year === null || a.year === filter.year) && (filter.theme === null || a.theme === filter.theme),
    )
    .sort((a, b) => b.year - a.year)
}

/** Every theme used by the articles (of one year, when given), in first-seen order. */
export function themesOf(
  articles: readonly Pick<NewsArticle, 'year' | 'theme'>[],
  year: NewsYear | null = null,
): string[] {
  return [...new Set(articles.filter((a) => year === null || a.year === year).map((a) => a.theme))]
}

/** Chinese text reads at about 400 characters a minute; never less than one minute. */
export function readingMinutes(article: Pick<NewsArticle, 'title' | 'body'>): number {
  const chars = [article.title, ...article.body].join('').replace(/\s+/g, '').length
  return Math.max(1, Math.round(chars / 400))
}

const MAGNITUDE = /^[万亿]/

/**
 * A figure as the source writes it: 51593万元, 1000余个, 1.2万余人, 7.4亿多元, 超10亿元, 约413.4亿元, 46微克/立方米以下.
 * 余 and 多 follow the number and any 万/亿 of the unit; 超 and 约 come first; 以下 comes last.
 */
export function figureText(figure: Pick<KeyFigure, 'value' | 'unit' | 'qualifier'>): string {
  const { value, unit, qualifier } = figure
  switch (qualifier) {
    case '超':
    case '约':
      return `${qualifier}${value}${unit}`
    case '以下':
      return `${value}${unit}以下`
    case '余':
    case '多': {
      const magnitude = MAGNITUDE.test(unit) ? unit[0] : ''
      return `${value}${magnitude}${qualifier}${unit.slice(magnitude.length)}`
    }
    default:
      return `${value}${unit}`
  }
}

export interface YearComparison {
  compareKey: string
  label: string
  unit: string
  before: KeyFigure
  after: KeyFigure
  /** Bar lengths in percent of the larger value, for a chart drawn with plain views. */
  beforePercent: number
  afterPercent: number
}

/** Pairs of 2021 and 2023 figures that measure the same thing (same compareKey and unit). */
export function yearComparisons(figures: readonly KeyFigure[]): YearComparison[] {
  const byKey = new Map<string, KeyFigure[]>()
  for (const f of figures) if (f.compareKey) byKey.set(f.compareKey, [...(byKey.get(f.compareKey) ?? []), f])
  const pairs: YearComparison[] = []
  for (const [compareKey, list] of byKey) {
    const before = list.find((f) => f.year === 2021)
    const after = list.find((f) => f.year === 2023)
    if (!before || !after || before.unit !== after.unit) continue
    const max = Math.max(before.value, after.value) || 1
    pairs.push({
      compareKey,
      label: after.label,
      unit: after.unit,
      before,
      after,
      beforePercent: Math.round((before.value / max) * 100),
      afterPercent: Math.round((after.value / max) * 100),
    })
  }
  return pairs
}

/** Figures grouped in the dashboard's order, empty groups left out. */
export function groupFigures<G extends string>(
  figures: readonly KeyFigure[],
  order: readonly G[],
): { group: G; figures: KeyFigure[] }[] {
  return order
    .map((group) => ({ group, figures: figures.filter((f) => f.group === group) }))
    .filter((g) => g.figures.length > 0)
}

/** A percentage figure can be drawn as a progress bar (capped at 100 for the bar, not for the text). */
export function isPercent(figure: Pick<KeyFigure, 'unit'>): boolean {
  return figure.unit === '%'
}
