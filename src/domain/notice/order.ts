// The one order of notices, without zod, as sort keys the client sorts by and the server's SQL pages by: residents see
// current notices pinned first then newest, then 往期 newest first; workers' unpublished list is most recently
// changed first. Ties go to the smaller id, so every list has one order.
import type { NoticeState } from './labels'
import { feedSection, noticeState, type FeedSection, type NoticeTimes } from './rules'

/** What the order reads of a notice. */
export interface OrderedNotice {
  id: string
  pinned: boolean
  publishAt: string | null
  updatedAt?: string
}

/** One sort key: a field and its direction. */
export interface SortKey {
  key: 'pinned' | 'publishAt' | 'updatedAt' | 'id'
  direction: 'asc' | 'desc'
}

/** Each residents' heading's keys; the feed is all of `current`, then all of `past`. */
export const FEED_ORDER: Record<FeedSection, readonly SortKey[]> = {
  current: [
    { key: 'pinned', direction: 'desc' },
    { key: 'publishAt', direction: 'desc' },
    { key: 'id', direction: 'asc' },
  ],
  // Pinning no longer matters once a notice has expired.
  past: [
    { key: 'publishAt', direction: 'desc' },
    { key: 'id', direction: 'asc' },
  ],
}

/** Drafts, scheduled and withdrawn notices: most recently changed first. */
export const UNPUBLISHED_ORDER: readonly SortKey[] = [
  { key: 'updatedAt', direction: 'desc' },
  { key: 'id', direction: 'asc' },
]

function sortValue(notice: OrderedNotice, key: SortKey['key']): number | string {
  if (key === 'id') return notice.id
  if (key === 'pinned') return Number(notice.pinned)
  const time = notice[key]
  return time ? Date.parse(time) : 0
}

/** The comparator of a list of sort keys. */
function compareBy(keys: readonly SortKey[]) {
  return (a: OrderedNotice, b: OrderedNotice): number => {
    for (const { key, direction } of keys) {
      const x = sortValue(a, key)
      const y = sortValue(b, key)
      if (x !== y) return (x < y ? -1 : 1) * (direction === 'asc' ? 1 : -1)
    }
    return 0
  }
}

/** Residents' order for current notices, whatever order they came in. */
export const sortCurrentNotices = <T extends OrderedNotice>(notices: readonly T[]): T[] =>
  [...notices].sort(compareBy(FEED_ORDER.current))

/** 往期, newest first. */
const sortPastNotices = <T extends OrderedNotice>(notices: readonly T[]): T[] =>
  [...notices].sort(compareBy(FEED_ORDER.past))

/** What residents see, by `stateOf` each notice: current and 往期, each in its order; the rest is left out. */
export function residentFeed<T extends OrderedNotice>(
  notices: readonly T[],
  stateOf: (notice: T) => NoticeState,
): { current: T[]; past: T[] } {
  const under = (section: FeedSection) => notices.filter((n) => feedSection(stateOf(n)) === section)
  return { current: sortCurrentNotices(under('current')), past: sortPastNotices(under('past')) }
}

/** What only workers see, by `stateOf`: drafts, scheduled and withdrawn notices, most recently changed first. */
function unpublishedFeed<T extends OrderedNotice>(notices: readonly T[], stateOf: (notice: T) => NoticeState) {
  return notices.filter((n) => feedSection(stateOf(n)) === null).sort(compareBy(UNPUBLISHED_ORDER))
}

/** What residents see of stored notices at `now`: current and 往期, each in its order (the server pages this). */
export const sortNoticesForResidents = <T extends OrderedNotice & NoticeTimes>(notices: readonly T[], now: Date) =>
  residentFeed(notices, (n) => noticeState(n, now))

/** What only workers see of stored notices at `now`, most recently changed first (the server pages this too). */
export const unpublishedNotices = <T extends OrderedNotice & NoticeTimes>(notices: readonly T[], now: Date) =>
  unpublishedFeed(notices, (n) => noticeState(n, now))
