// The residents' notice feed without zod (the tab lives in the weapp main package, which has no room for it): a
// structural check of GET /api/notices pages and GET /api/notices/:id, the loaded pages split into current and 往期,
// category choices from the notices present, and unread marks.
import type { Community, NoticePageResponse, NoticeSummary, NoticeView } from './api-contract'

/** A notice as a row shows it (a list summary: no body). */
export type FeedNotice = Pick<
  NoticeSummary,
  'id' | 'category' | 'title' | 'audience' | 'pinned' | 'publishAt' | 'expireAt' | 'state'
> & {
  /** When residents last saw it change (已修改), or null. */
  editedAt: string | null
}

/** A notice as its page shows it: the row's fields and the body. */
export type FeedNoticeDetail = FeedNotice & Pick<NoticeView, 'body'>

/** One page of GET /api/notices, as the client keeps it. */
export interface NoticePage {
  serverTime: string
  community: Community | null
  notices: FeedNotice[]
  /** Fetches the next page; null at the end. */
  nextCursor: string | null
}

/** The loaded notices split for residents: published (pinned first, newest) and 往期 (newest first). */
export interface NoticeFeed {
  current: FeedNotice[]
  past: FeedNotice[]
}

const isString = (v: unknown): v is string => typeof v === 'string'
const isTime = (v: unknown): v is string | null => v === null || (isString(v) && !Number.isNaN(Date.parse(v)))
const isRecord = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object'

function toFeedNotice(value: unknown): FeedNotice | null {
  if (!isRecord(value)) return null
  const n = value
  if (![n.id, n.category, n.title, n.audience, n.state].every(isString)) return null
  if (typeof n.pinned !== 'boolean' || !isTime(n.publishAt) || !isTime(n.expireAt)) return null
  // editedAt came later: a server (or a cached list) without it means "not edited".
  if (n.editedAt !== undefined && !isTime(n.editedAt)) return null
  const { id, category, title, audience, pinned, publishAt, expireAt, state } = n as unknown as FeedNotice
  const editedAt = (n.editedAt as string | null | undefined) ?? null
  return { id, category, title, audience, pinned, publishAt, expireAt, state, editedAt }
}

function toFeedNoticeDetail(value: unknown): FeedNoticeDetail | null {
  const notice = toFeedNotice(value)
  if (!notice || !isRecord(value) || !isString(value.body)) return null
  return { ...notice, body: value.body }
}

const toCommunity = (v: unknown): Community | null =>
  isRecord(v) && isString(v.id) && isString(v.name) ? { id: v.id, name: v.name } : null

/** A page from a GET /api/notices body (or from the cache), or null when it is not one (a malformed reply fails). */
export function parseNoticePage(value: unknown): NoticePage | null {
  if (!isRecord(value)) return null
  const body = value as Partial<Record<keyof NoticePageResponse, unknown>>
  if (!isString(body.serverTime) || !Array.isArray(body.notices)) return null
  if (body.nextCursor !== null && !isString(body.nextCursor)) return null
  const notices = body.notices.map(toFeedNotice)
  if (notices.includes(null)) return null
  return {
    serverTime: body.serverTime,
    community: toCommunity(body.community),
    notices: notices as FeedNotice[],
    nextCursor: body.nextCursor,
  }
}

/** The notice from a GET /api/notices/:id body `{ notice }`, or null when it is not one. */
export function parseNoticeResponse(value: unknown): FeedNoticeDetail | null {
  return isRecord(value) ? toFeedNoticeDetail(value.notice) : null
}

/** A cached notice (the notice itself, as stored), or null. */
export function parseNoticeDetail(value: unknown): FeedNoticeDetail | null {
  return toFeedNoticeDetail(value)
}

/** Pages in the order fetched, as one list: a notice that moved between pages while paging is kept once (first seen). */
export function joinPages(pages: readonly NoticePage[]): FeedNotice[] {
  const seen = new Set<string>()
  const all: FeedNotice[] = []
  for (const page of pages) {
    for (const notice of page.notices) {
      if (seen.has(notice.id)) continue
      seen.add(notice.id)
      all.push(notice)
    }
  }
  return all
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

/** The loaded notices by state: published ones and 往期 (expired); anything else (a stale cache) is left out. */
export function splitFeed(notices: readonly FeedNotice[]): NoticeFeed {
  return {
    current: sortCurrentNotices(notices.filter((n) => n.state === 'published')),
    past: sortPastNotices(notices.filter((n) => n.state === 'expired')),
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
