// The residents' notices for the 月湾湖 tab: fetched from GET /api/notices, the last good list cached for offline, and
// which notices this device has read. Kept free of zod so the tab stays in the main package's budget.
import { API_PATHS } from '../domain/api-paths'
import { parseNoticeFeed, parseReadIds, type NoticeFeed } from '../domain/notice-feed'
import { apiRequest } from './api-client'
import { readPreference, writePreference } from './storage'

const CACHE_KEY = 'community.notices.cache.v1'
const READ_KEY = 'community.notices.read.v1'

export interface LoadedFeed {
  feed: NoticeFeed
  /** Set when the network failed and this is the cached list: why, and when it was fetched. */
  stale: { reason: string; fetchedAt: string } | null
}

export interface CachedFeed {
  fetchedAt: string
  feed: NoticeFeed
}

const isCached = (v: unknown): v is CachedFeed =>
  Boolean(v) && typeof v === 'object' && parseNoticeFeed((v as CachedFeed).feed) !== null

export function fetchNoticeFeed(token?: string | null): Promise<NoticeFeed> {
  return apiRequest({ method: 'GET', path: API_PATHS.notices, token, parse: parseNoticeFeed })
}

/** The list last fetched on this device, or null when none has been (or the cache is unreadable). */
export function readCachedNoticeFeed(): CachedFeed | null {
  return readPreference<CachedFeed | null>(CACHE_KEY, isCached, null)
}

/** The current list, or (offline) the last one fetched, or an error when there is none. */
export async function loadNoticeFeed(): Promise<LoadedFeed> {
  try {
    const feed = await fetchNoticeFeed()
    writePreference(CACHE_KEY, { fetchedAt: new Date().toISOString(), feed })
    return { feed, stale: null }
  } catch (error) {
    const cached = readCachedNoticeFeed()
    if (!cached) throw error
    const reason = error instanceof Error ? error.message : '网络不可用'
    return { feed: cached.feed, stale: { reason, fetchedAt: cached.fetchedAt } }
  }
}

export function readNoticeIds(): string[] {
  return readPreference(READ_KEY, (v): v is unknown[] => Array.isArray(v), []).filter(
    (id): id is string => typeof id === 'string',
  )
}

export function markNoticeRead(id: string): void {
  const ids = parseReadIds(readNoticeIds())
  if (!ids.includes(id)) writePreference(READ_KEY, [...ids, id].slice(-500))
}
