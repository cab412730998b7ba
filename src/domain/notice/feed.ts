// The residents' notice feed without zod (the tab lives in the weapp main package, which has no room for it): a
// structural check of GET /api/notices pages and GET /api/notices/:id, the loaded pages split into current and 往期,
// category choices from the notices present, and unread marks.
import type { Community } from '@/domain/api-contract'
import type { NoticePageResponse, NoticeSummary, NoticeView } from './api'
import { ALL_CATEGORIES } from './labels'
import { residentFeed } from './order'

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

/**
 * The loaded notices by the state the server gave them, in the residents' order whatever order they came in;
 * anything residents do not see (a stale cache) is left out.
 */
export const splitFeed = (notices: readonly FeedNotice[]): NoticeFeed => residentFeed(notices, (n) => n.state)

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
