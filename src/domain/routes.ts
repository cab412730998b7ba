// Paths of pages that are not tabs, and how to link to them (shared by navigation, share cards and deep links).
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
export const CONTACTS_PAGE = 'packages/community/contacts/index'

/**
 * Community pages beyond the tab: a notice, the workers' desk (sign in, compose, publish), 小事快办 reports, the
 * 隐私政策 (what residents' reports keep about them), 我的消息 (my reports, unread replies first), 核实信息 (a worker
 * verifies one field of a guide, park or the community) and 居委会联系方式 (each verified contact with how it was checked).
 */
export const COMMUNITY_SUBPACKAGE = {
  root: 'packages/community',
  pages: [
    'notice/index',
    'worker/index',
    'reports/index',
    'privacy/index',
    'messages/index',
    'verify/index',
    'contacts/index',
  ],
} as const

export const privacyUrl = (): string => `/${PRIVACY_PAGE}`

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
