// The residents' notice feed without zod (the tab lives in the weapp main package, which has no room for it): a
// structural check of GET /api/notices, category choices from the notices present, and unread marks.
import type { NoticeListResponse, NoticeView } from './api-contract'

export type FeedNotice = Pick<
  NoticeView,
  'id' | 'category' | 'title' | 'body' | 'audience' | 'pinned' | 'publishAt' | 'expireAt' | 'state'
> & {
  /** When residents last saw it change (已修改), or null. */
  editedAt: string | null
}
export interface NoticeFeed {
  serverTime: string
  current: FeedNotice[]
  past: FeedNotice[]
}

const isString = (v: unknown): v is string => typeof v === 'string'
const isTime = (v: unknown): v is string | null => v === null || (isString(v) && !Number.isNaN(Date.parse(v)))

function toFeedNotice(value: unknown): FeedNotice | null {
  if (!value || typeof value !== 'object') return null
  const n = value as Record<string, unknown>
  if (![n.id, n.category, n.title, n.body, n.audience, n.state].every(isString)) return null
  if (typeof n.pinned !== 'boolean' || !isTime(n.publishAt) || !isTime(n.expireAt)) return null
  // editedAt came later: a server (or a cached list) without it means "not edited".
  if (n.editedAt !== undefined && !isTime(n.editedAt)) return null
  const { id, category, title, body, audience, pinned, publishAt, expireAt, state } = n as unknown as FeedNotice
  const editedAt = (n.editedAt as string | null | undefined) ?? null
  return { id, category, title, body, audience, pinned, publishAt, expireAt, state, editedAt }
}

const publishedMs = (n: FeedNotice) => (n.publishAt ? Date.parse(n.publishAt) : 0)
const newestFirst = (a: FeedNotice, b: FeedNotice) =>
  publishedMs(b) - publishedMs(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Residents' order for current notices, whatever order the server sent: pinned first, then newest first. */
export function sortCurrentNotices(notices: readonly FeedNotice[]): FeedNotice[] {
  return [...notices].sort((a, b) => Number(b.pinned) - Number(a.pinned) || newestFirst(a, b))
}

/** 往期: newest first (pinning no longer matters once a notice has expired). */
export function sortPastNotices(notices: readonly FeedNotice[]): FeedNotice[] {
  return [...notices].sort(newestFirst)
}

/** The feed from a GET /api/notices body, or null when it is not one (a malformed reply is a failure, not data). */
export function parseNoticeFeed(value: unknown): NoticeFeed | null {
  if (!value || typeof value !== 'object') return null
  const body = value as Partial<Record<keyof NoticeListResponse, unknown>>
  if (!isString(body.serverTime) || !Array.isArray(body.current) || !Array.isArray(body.past)) return null
  const current = body.current.map(toFeedNotice)
  const past = body.past.map(toFeedNotice)
  if (current.includes(null) || past.includes(null)) return null
  return {
    serverTime: body.serverTime,
    current: sortCurrentNotices(current as FeedNotice[]),
    past: sortPastNotices(past as FeedNotice[]),
  }
}

export const ALL_CATEGORIES = '全部'

/** 全部 and each category that has a notice, in order of first appearance. */
export function feedCategories(feed: NoticeFeed): string[] {
  return [ALL_CATEGORIES, ...new Set([...feed.current, ...feed.past].map((n) => n.category))]
}

export function filterFeed(feed: NoticeFeed, category: string): NoticeFeed {
  if (category === ALL_CATEGORIES) return feed
  return {
    ...feed,
    current: feed.current.filter((n) => n.category === category),
    past: feed.past.filter((n) => n.category === category),
  }
}

/** Read ids from storage: anything not a list of strings counts as nothing read. */
export function parseReadIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isString) : []
}

/** A notice time in China time, e.g. 2026-05-01 09:00. */
export function formatChinaTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** "2026-05-01 09:00" (China time) → ISO with +08:00, or null when it is not such a time. */
export function parseChinaTime(text: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})$/.exec(text.trim())
  if (!m) return null
  const [, y, mo, d, h, mi] = m.map(Number)
  const ms = Date.UTC(y, mo - 1, d, h - 8, mi)
  const back = new Date(ms + 8 * 3600_000)
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23) return null
  return new Date(ms).toISOString()
}
