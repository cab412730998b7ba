// Where a search result leads: news to the article, a guide to its card, a park to plan-a-visit, a notice to its page,
// a feature (小事快办, 我的收藏 …) to its page or tab; a hotline is called rather than opened.
import type { ResultKind } from '@/domain/global-search'
import { FEATURE_PAGES } from '@/domain/feature-pages'
import { articleUrl, guideUrl, noticeUrl, parkUrl } from '@/domain/routes'
import { navigateTo, switchTab } from '@/services/navigate'
import { callNumber } from '@/services/phone'

type PageKind = Exclude<ResultKind, 'hotline' | 'feature'>

const URL_OF: Record<PageKind, (id: string) => string> = {
  news: articleUrl,
  guide: guideUrl,
  park: parkUrl,
  notice: noticeUrl,
}

export function openFeature(id: keyof typeof FEATURE_PAGES): void {
  const page = FEATURE_PAGES[id]
  if (page.tab) void switchTab(page.url)
  else navigateTo(page.url)
}

export function openResult(kind: Exclude<ResultKind, 'hotline'>, id: string): void {
  if (kind === 'feature') {
    if (id in FEATURE_PAGES) openFeature(id as keyof typeof FEATURE_PAGES)
  } else navigateTo(URL_OF[kind](id))
}

export const openReport = (): void => openFeature('report')
export const openAllGuides = (): void => void switchTab('/pages/services/index')
export const callHotline = callNumber
