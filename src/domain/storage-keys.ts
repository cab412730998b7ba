// Every key the app keeps on the device, versioned; services/storage reads and writes them, tests and the H5
// build's first-screen script import them instead of spelling them.
export const STORAGE_KEYS = {
  uiMode: 'app.uiMode.v1',
  textScale: 'news.textScale.v1',
  favourites: 'services.favourites.v1',
  recents: 'services.recents.v1',
  recentSearches: 'search.recent.v1',
  device: 'community.device.v1',
  residentSession: 'community.session.resident.v1',
  workerSession: 'community.session.worker.v1',
  noticeCache: 'community.notices.cache.v2',
  noticesRead: 'community.notices.read.v1',
  noticesOpened: 'community.notices.opened.v1',
  noticeOutbox: 'community.outbox.v1',
  reportOutbox: 'community.reports.outbox.v1',
  myReportsCache: 'community.reports.mine.cache.v1',
  /** The last list of verified facts (GET /api/verified-facts) with its asOf. */
  verifiedFacts: 'verified.facts.cache.v1',
  noticeDraft: 'community.compose.draft.v1',
  noticeEditDraft: 'community.compose.edit.v1',
  reportDraft: 'community.report.draft.v1',
  /** A 信息有误 / 我来补充 report being written: apart, so it never replaces a 小事快办 draft. */
  correctionDraft: 'community.report.correction.draft.v1',
  /** One key per report being rated: `${ratingDraft}.${reportId}`. */
  ratingDraft: 'community.rating.draft.v1',
  /** One key per field being verified: `${verifyDraft}.${subjectKey}`. */
  verifyDraft: 'community.verify.draft.v1',
} as const
