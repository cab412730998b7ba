// The residents' notices for the 月湾湖 tab: pages of GET /api/notices (the pages loaded so far cached with when they
// were fetched, for offline) and which notices this device has read. Kept free of zod so the tab stays in the main
// package's budget; the notice page's own fetch is in notice-detail.ts (its subpackage only).
import { API_PATHS } from '@/domain/api-paths'
import {
  joinPages,
  parseNoticePage,
  parseReadIds,
  splitFeed,
  type NoticeFeed,
  type NoticePage,
} from '@/domain/notice/feed'
import { ApiRequestError, apiRequest, messageOf } from '@/services/api-client'
import { STORAGE_KEYS, readPreference, writePreference } from '@/services/storage'

/** The pages of the feed last fetched (v2: pages of summaries, each with when it was fetched). */
const NOTICE_CACHE_KEY = STORAGE_KEYS.noticeCache
const READ_KEY = STORAGE_KEYS.noticesRead

/** How many pages the offline copy keeps (20 summaries a page: a few KB each). */
export const CACHED_PAGES_MAX = 10

export type NoticeSectionName = 'feed' | 'unpublished'

/** Why this is a saved copy, and when it was fetched. */
export interface Staleness {
  reason: string
  fetchedAt: string
}

/** The pages of the feed loaded so far (fresh, or offline from the cache). */
export interface LoadedFeed {
  pages: NoticePage[]
  /** Set when the network failed and these are the cached pages: why, and when the first was fetched. */
  stale: Staleness | null
}

interface CachedPage {
  fetchedAt: string
  page: NoticePage
}

export interface CachedFeed {
  pages: CachedPage[]
}

const isCachedPages = (v: unknown): v is CachedFeed =>
  Boolean(v) &&
  typeof v === 'object' &&
  Array.isArray((v as CachedFeed).pages) &&
  (v as CachedFeed).pages.length > 0 &&
  (v as CachedFeed).pages.every(
    (p) => Boolean(p) && typeof p.fetchedAt === 'string' && parseNoticePage(p.page) !== null,
  )

/** The notices of these pages, split into current and 往期. */
export function feedOf(pages: readonly NoticePage[]): NoticeFeed {
  return splitFeed(joinPages(pages))
}

/** Where the next page comes from: the last page's cursor (null: everything is loaded). */
export function nextCursorOf(pages: readonly NoticePage[]): string | null {
  return pages.length > 0 ? pages[pages.length - 1].nextCursor : null
}

function noticesPath(section: NoticeSectionName, cursor: string | null): string {
  const query = [`section=${section}`]
  if (cursor) query.push(`cursor=${encodeURIComponent(cursor)}`)
  return `${API_PATHS.notices}?${query.join('&')}`
}

/** One page of GET /api/notices (`section` unpublished needs a worker token). */
export function fetchNoticePage(
  section: NoticeSectionName,
  cursor: string | null = null,
  token?: string | null,
): Promise<NoticePage> {
  return apiRequest({
    method: 'GET',
    path: noticesPath(section, cursor),
    token,
    parse: parseNoticePage,
    keptCopy: true,
  })
}

/** The pages last fetched on this device, or null when none have been (or the cache is unreadable). */
export function readCachedNoticeFeed(): CachedFeed | null {
  return readPreference<CachedFeed | null>(NOTICE_CACHE_KEY, isCachedPages, null)
}

/** The cached notices, split (what the global search looks through), or null. */
export function readCachedNotices(): NoticeFeed | null {
  const cached = readCachedNoticeFeed()
  return cached ? feedOf(cached.pages.map((p) => p.page)) : null
}

function writeCache(pages: CachedPage[]): void {
  writePreference(NOTICE_CACHE_KEY, { pages: pages.slice(0, CACHED_PAGES_MAX) })
}

/** A failure the cache may stand in for: no answer, or the server is down; not a 4xx (the answer is the answer). */
export const offlineLike = (error: unknown) =>
  !(error instanceof ApiRequestError) || error.status === null || error.retryable

/** The first page, or (offline) every page cached, or an error when there is none. */
export async function loadNoticeFeed(): Promise<LoadedFeed> {
  try {
    const page = await fetchNoticePage('feed')
    writeCache([{ fetchedAt: new Date().toISOString(), page }])
    return { pages: [page], stale: null }
  } catch (error) {
    const cached = offlineLike(error) ? readCachedNoticeFeed() : null
    if (!cached) throw error
    return {
      pages: cached.pages.map((p) => p.page),
      stale: { reason: messageOf(error), fetchedAt: cached.pages[0].fetchedAt },
    }
  }
}

/**
 * The page after `loaded` (its last cursor), appended to the cache when the cache holds the same pages so far (a
 * fresh list); the pages with it.
 */
export async function loadMoreNotices(loaded: readonly NoticePage[]): Promise<NoticePage[]> {
  const cursor = nextCursorOf(loaded)
  if (!cursor) return [...loaded]
  const page = await fetchNoticePage('feed', cursor)
  const cached = readCachedNoticeFeed()
  if (cached && nextCursorOf(cached.pages.map((p) => p.page)) === cursor) {
    writeCache([...cached.pages, { fetchedAt: new Date().toISOString(), page }])
  }
  return [...loaded, page]
}

// ---- read marks ---------------------------------------------------------------------------------------------------

export function readNoticeIds(): string[] {
  return readPreference(READ_KEY, (v): v is unknown[] => Array.isArray(v), []).filter(
    (id): id is string => typeof id === 'string',
  )
}

export function markNoticeRead(id: string): void {
  const ids = parseReadIds(readNoticeIds())
  if (!ids.includes(id)) writePreference(READ_KEY, [...ids, id].slice(-500))
}
