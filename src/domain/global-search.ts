// The app's one search: news, guides, hotlines, parks and community notices in one index; results grouped by type in
// a fixed order with a count each; the scope a search was opened with; queries asking for 长辈版; recent searches.
import type { GuideCard, Hotline, NewsArticle, Park, ServiceCategory } from './content-schema'
import type { NoticeFeed } from '@/domain/notice/feed'
import { parseIdList, pushRecent } from './saved-list'
import { mentionsAnyWord, search, type SearchDoc, type SearchHit, type SearchIndex } from './search'
import { FEATURE_RESULTS, wordsForFeature, wordsForGuide, wordsForHotline } from './everyday-words'

export type ResultKind = 'feature' | 'news' | 'guide' | 'hotline' | 'park' | 'notice'

/** Groups in the order they are shown, with the title each one has on the results page. */
const RESULT_GROUPS: readonly { kind: ResultKind; title: string }[] = [
  { kind: 'feature', title: '常用功能' },
  { kind: 'news', title: '要闻' },
  { kind: 'guide', title: '办事指南' },
  { kind: 'hotline', title: '便民热线' },
  { kind: 'park', title: '公园' },
  { kind: 'notice', title: '社区通知' },
]

/** Where a search was opened: from a tab header (everything) or from the 民生 search entry (guides and hotlines). */
export type SearchScope = 'all' | 'services'

const SCOPE_KINDS: Record<SearchScope, readonly ResultKind[]> = {
  all: RESULT_GROUPS.map((g) => g.kind),
  services: ['feature', 'guide', 'hotline'],
}

/** The scope from a page parameter; anything unknown searches everything. */
export function parseScope(value: string | undefined): SearchScope {
  return value === 'services' ? 'services' : 'all'
}

function scopeKinds(scope: SearchScope): readonly ResultKind[] {
  return SCOPE_KINDS[scope]
}

export interface SearchContent {
  news: readonly NewsArticle[]
  guides: readonly GuideCard[]
  categories: readonly ServiceCategory[]
  hotlines: readonly Hotline[]
  parks: readonly Park[]
  /** Community notices as last cached on this device; null when none has been cached yet. */
  notices: NoticeFeed | null
}

/**
 * Every searchable item: found by its title and a few short keywords (theme and tags, category, kind, number, and the
 * everyday words of everyday-words.ts that lead to it); the app's features too (小事快办, 我的收藏 …). Long texts (bodies, summaries) stay out: they would match almost any pinyin and slow every keystroke.
 */
export function searchDocs(content: SearchContent): SearchDoc<ResultKind>[] {
  const categoryName = new Map(content.categories.map((c) => [c.id, c.name]))
  return [
    ...featureDocs(),
    ...content.news.map((a) => ({
      id: a.id,
      kind: 'news' as const,
      title: a.title,
      keywords: [a.theme, ...a.tags, `${a.year}年`],
      detail: `${a.year} 年 · ${a.theme}`,
    })),
    ...content.guides.map((g) => {
      const category = categoryName.get(g.categoryId) ?? ''
      return {
        id: g.id,
        kind: 'guide' as const,
        title: g.name,
        keywords: [category, ...(g.phone ? [g.phone] : []), ...wordsForGuide(g.id, g.categoryId)].filter(Boolean),
        detail: category,
      }
    }),
    ...content.hotlines.map((h) => ({
      id: h.number,
      kind: 'hotline' as const,
      title: h.name,
      keywords: [h.number, h.purpose, ...wordsForHotline(h.number)],
      detail: h.number,
    })),
    ...content.parks.map((p) => ({
      id: p.id,
      kind: 'park' as const,
      title: p.name,
      keywords: [p.kind],
      detail: p.kind,
    })),
    ...noticeDocs(content.notices),
  ]
}

/** The features a search result can open (长辈版 is offered in place instead, see asksForElderMode). */
function featureDocs(): SearchDoc<ResultKind>[] {
  return (Object.keys(FEATURE_RESULTS) as (keyof typeof FEATURE_RESULTS)[]).map((id) => ({
    id,
    kind: 'feature' as const,
    title: FEATURE_RESULTS[id].title,
    keywords: wordsForFeature(id),
    detail: FEATURE_RESULTS[id].detail,
  }))
}

function noticeDocs(feed: NoticeFeed | null): SearchDoc<ResultKind>[] {
  if (!feed) return []
  const doc = (past: boolean) => (n: NoticeFeed['current'][number]) => ({
    id: n.id,
    kind: 'notice' as const,
    title: n.title,
    keywords: [n.category],
    detail: past ? `${n.category} · 往期` : n.category,
  })
  return [...feed.current.map(doc(false)), ...feed.past.map(doc(true))]
}

export interface ResultGroup {
  kind: ResultKind
  title: string
  hits: SearchHit<ResultKind>[]
}

/**
 * Hits for the query within the scope, grouped by type in RESULT_GROUPS order, best first in each; empty groups
 * dropped. Typo (fuzzy) matches count only when nothing matches directly: over the whole app, one-typo spellings of
 * a five-letter pinyin match a dozen unrelated titles, which buried the real results.
 */
export function searchGrouped(index: SearchIndex<ResultKind>, query: string, scope: SearchScope): ResultGroup[] {
  const kinds = scopeKinds(scope)
  const inScope = search(index, query, index.docs.length).filter((h) => kinds.includes(h.doc.kind))
  const direct = inScope.filter((h) => h.level !== 'fuzzy')
  const hits = direct.length > 0 ? direct : inScope
  return RESULT_GROUPS.filter((g) => kinds.includes(g.kind))
    .map((g) => ({ ...g, hits: hits.filter((h) => h.doc.kind === g.kind) }))
    .filter((g) => g.hits.length > 0)
}

/**
 * A shorter search that finds something when the query found nothing: each word of a spaced query, else the longest
 * leading part (at least two 汉字) of a Chinese phrase, e.g. 冬季暖气不热 → 冬季. Null when none finds anything; pinyin is
 * not cut (a few letters match almost everything).
 */
export function shorterQuery(index: SearchIndex<ResultKind>, query: string, scope: SearchScope): string | null {
  const text = query.trim()
  const candidates = /\s/.test(text)
    ? text.split(/\s+/)
    : /^[\u4e00-\u9fff]{3,}$/.test(text)
      ? Array.from({ length: text.length - 2 }, (_, i) => text.slice(0, text.length - 1 - i))
      : []
  return candidates.find((q) => searchGrouped(index, q, scope).length > 0) ?? null
}

/** True when the query asks for large text: 长辈版, 关怀版, 大字 … as 汉字, full pinyin (zhangbeiban) or initials (zbb). */
export function asksForElderMode(query: string): boolean {
  return mentionsAnyWord(query, wordsForFeature('elder-mode'))
}

/** At most this many recent searches are kept. */
export const MAX_RECENT_SEARCHES = 8

/** Stored recent searches; anything corrupted resets to empty, and at most MAX_RECENT_SEARCHES are kept. */
export function parseRecentSearches(value: unknown): string[] {
  return parseIdList(value).slice(0, MAX_RECENT_SEARCHES)
}

/** The query goes first (trimmed, its older copy dropped); blank queries change nothing. */
export function addRecentSearch(list: readonly string[], query: string): string[] {
  const text = query.trim()
  return text ? pushRecent(list, text, MAX_RECENT_SEARCHES) : [...list]
}
