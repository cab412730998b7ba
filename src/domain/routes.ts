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
