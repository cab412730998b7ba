// Paths of pages that are not tabs, and how to link to them (shared by navigation, share cards and deep links).
import type { FeatureId } from './everyday-words'

export const ARTICLE_PAGE = 'packages/news/detail/index'
export const FIGURES_PAGE = 'packages/news/figures/index'
export const TIMELINE_PAGE = 'packages/news/timeline/index'

/** News pages beyond the tab live in a subpackage, so the main package stays small. */
export const NEWS_SUBPACKAGE = {
  root: 'packages/news',
  pages: ['detail/index', 'figures/index', 'timeline/index'],
} as const

export function articleUrl(id: string): string {
  return `/${ARTICLE_PAGE}?id=${encodeURIComponent(id)}`
}

export const GUIDE_PAGE = 'packages/services/guide/index'
export const HOTLINES_PAGE = 'packages/services/hotlines/index'

/** Service pages beyond the tab: a guide card, and 全部热线 (the tab shows only the most used). */
export const SERVICES_SUBPACKAGE = { root: 'packages/services', pages: ['guide/index', 'hotlines/index'] } as const

export const hotlinesUrl = (): string => `/${HOTLINES_PAGE}`

export function guideUrl(id: string): string {
  return `/${GUIDE_PAGE}?id=${encodeURIComponent(id)}`
}

export const PARK_PAGE = 'packages/parks/detail/index'
export const CALENDAR_PAGE = 'packages/parks/calendar/index'

/** Park pages beyond the tab: plan a visit, and the seasonal calendar. */
export const PARKS_SUBPACKAGE = { root: 'packages/parks', pages: ['detail/index', 'calendar/index'] } as const

export function parkUrl(id: string): string {
  return `/${PARK_PAGE}?id=${encodeURIComponent(id)}`
}

export const NOTICE_PAGE = 'packages/community/notice/index'
export const WORKER_PAGE = 'packages/community/worker/index'
export const REPORTS_PAGE = 'packages/community/reports/index'
export const PRIVACY_PAGE = 'packages/community/privacy/index'
export const MESSAGES_PAGE = 'packages/community/messages/index'
export const VERIFY_PAGE = 'packages/community/verify/index'

/**
 * Community pages beyond the tab: a notice, the workers' desk (sign in, compose, publish), 小事快办 reports, the
 * 隐私政策 (what residents' reports keep about them), 我的消息 (my reports, unread replies first) and 核实信息 (a worker
 * verifies one field of a guide, park or the community).
 */
export const COMMUNITY_SUBPACKAGE = {
  root: 'packages/community',
  pages: ['notice/index', 'worker/index', 'reports/index', 'privacy/index', 'messages/index', 'verify/index'],
} as const

export const privacyUrl = (): string => `/${PRIVACY_PAGE}`

/** The verify page for one field (`kind`, `id`, `field`), answering a 信息纠错 report when `reportId` is given. */
export function verifyUrl(params: { kind: string; id: string; field: string; reportId?: string }): string {
  const query = Object.entries(params)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
  return `/${VERIFY_PAGE}?${query.join('&')}`
}

export function noticeUrl(id: string): string {
  return `/${NOTICE_PAGE}?id=${encodeURIComponent(id)}`
}

export const SEARCH_PAGE = 'packages/search/index'

/**
 * The one search page, alone in its subpackage: it is the only importer of the search module and its 318 KB pinyin
 * dictionary (a module two subpackages share is hoisted into the weapp main package).
 */
export const SEARCH_SUBPACKAGE = { root: 'packages/search', pages: ['index'] } as const

/** The search page, over everything or (scope 'services', from the 民生 tab) over guides and hotlines. */
export function searchUrl(scope?: 'services'): string {
  return scope ? `/${SEARCH_PAGE}?scope=${scope}` : `/${SEARCH_PAGE}`
}

/** Where a feature found by search (everyday-words.ts) leads; a tab page is switched to, not pushed. */
export const FEATURE_PAGES: Record<Exclude<FeatureId, 'elder-mode'>, { url: string; tab: boolean }> = {
  report: { url: `/${REPORTS_PAGE}`, tab: false },
  messages: { url: `/${MESSAGES_PAGE}`, tab: false },
  saved: { url: '/pages/services/index', tab: true },
  hotlines: { url: hotlinesUrl(), tab: false },
  community: { url: '/pages/community/index', tab: true },
  privacy: { url: privacyUrl(), tab: false },
}

/** 信息有误 / 我来补充 about one field: the 小事快办 form, category 信息纠错, about `subject`, place = the item's name. */
export function correctionUrl(subject: { kind: string; id: string; field: string }, place: string): string {
  const q = [
    ['kind', subject.kind],
    ['id', subject.id],
    ['field', subject.field],
    ['place', place],
  ]
  return `/${REPORTS_PAGE}?${q.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`
}
