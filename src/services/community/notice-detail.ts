// One notice for the notice page (GET /api/notices/:id), the last ones opened kept with their bodies for offline;
// offline and never opened here, the row from the tab's cached list. Without zod, like the feed.
import { API_PATHS } from '@/domain/api-paths'
import {
  joinPages,
  parseNoticeDetail,
  parseNoticeResponse,
  type FeedNotice,
  type FeedNoticeDetail,
} from '@/domain/notice/feed'
import { ApiRequestError, apiRequest, messageOf } from '@/services/api-client'
import { offlineLike, readCachedNoticeFeed, type Staleness } from './notice-pages'
import { STORAGE_KEYS, readPreference, writePreference } from '@/services/storage'

const OPENED_KEY = STORAGE_KEYS.noticesOpened

/** How many opened notices keep their body for offline reading. */
export const OPENED_NOTICES_MAX = 30

interface OpenedNotice {
  fetchedAt: string
  notice: FeedNoticeDetail
}

const isOpenedList = (v: unknown): v is OpenedNotice[] => Array.isArray(v)

function readOpened(): OpenedNotice[] {
  return readPreference<OpenedNotice[]>(OPENED_KEY, isOpenedList, []).filter(
    (o) => Boolean(o) && typeof o.fetchedAt === 'string' && parseNoticeDetail(o.notice) !== null,
  )
}

function remember(notice: FeedNoticeDetail): void {
  const others = readOpened().filter((o) => o.notice.id !== notice.id)
  writePreference(OPENED_KEY, [...others, { fetchedAt: new Date().toISOString(), notice }].slice(-OPENED_NOTICES_MAX))
}

function forget(id: string): void {
  const opened = readOpened()
  if (opened.some((o) => o.notice.id === id)) {
    writePreference(
      OPENED_KEY,
      opened.filter((o) => o.notice.id !== id),
    )
  }
}

/** What the notice page can show. */
export type LoadedNotice =
  /** The whole notice: fresh (stale null) or, offline, the copy saved when it was last opened. */
  | { kind: 'full'; notice: FeedNoticeDetail; stale: Staleness | null }
  /** Offline and never opened here: the row from the cached list, without the body. */
  | { kind: 'summary'; notice: FeedNotice; stale: Staleness }
  /** The server says there is no such notice (withdrawn, or a wrong link). */
  | { kind: 'missing' }

/** One notice for residents, with the offline fallbacks; throws when there is nothing to show. */
export async function loadNotice(id: string): Promise<LoadedNotice> {
  try {
    const notice = await apiRequest({
      method: 'GET',
      path: API_PATHS.notice(id),
      parse: parseNoticeResponse,
      keptCopy: true,
    })
    remember(notice)
    return { kind: 'full', notice, stale: null }
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) {
      forget(id)
      return { kind: 'missing' }
    }
    if (!offlineLike(error)) throw error
    const reason = messageOf(error)
    const opened = readOpened().find((o) => o.notice.id === id)
    if (opened) return { kind: 'full', notice: opened.notice, stale: { reason, fetchedAt: opened.fetchedAt } }
    const cached = readCachedNoticeFeed()
    const row = cached ? joinPages(cached.pages.map((p) => p.page)).find((n) => n.id === id) : undefined
    if (cached && row) return { kind: 'summary', notice: row, stale: { reason, fetchedAt: cached.pages[0].fetchedAt } }
    throw error
  }
}
