// Where a feature found by search (everyday-words.ts) leads: only the search page needs it, so it stays out of
// routes.ts, which every first load carries.
import type { FeatureId } from './everyday-words'
import { MESSAGES_PAGE, REPORTS_PAGE, hotlinesUrl, privacyUrl } from './routes'

/** A feature's page; a tab page is switched to, not pushed. */
export const FEATURE_PAGES: Record<Exclude<FeatureId, 'elder-mode'>, { url: string; tab: boolean }> = {
  report: { url: `/${REPORTS_PAGE}`, tab: false },
  messages: { url: `/${MESSAGES_PAGE}`, tab: false },
  saved: { url: '/pages/services/index', tab: true },
  hotlines: { url: hotlinesUrl(), tab: false },
  community: { url: '/pages/community/index', tab: true },
  privacy: { url: privacyUrl(), tab: false },
}
