// The rules that decide where a notice is, without zod: its state from its times (withdrawn, draft, scheduled,
// published, expired), which states residents see and under which heading, and when an expiry fits.
import type { NoticeState } from './labels'

/** The times a notice's state follows from (ISO; null when not set). */
export interface NoticeTimes {
  publishAt: string | null
  expireAt: string | null
  withdrawnAt: string | null
}

const ms = (iso: string) => Date.parse(iso)

/** Expired at `now`: an expiry is set and has come (the instant of expiry already counts as 往期). */
const hasExpired = (expireAt: string | null, now: Date) => expireAt !== null && now.getTime() >= ms(expireAt)

/** Where a notice is in its life at `now`: withdrawn wins; no publish time is a draft; then by publish and expiry. */
export function noticeState(notice: NoticeTimes, now: Date): NoticeState {
  if (notice.withdrawnAt !== null) return 'withdrawn'
  if (notice.publishAt === null) return 'draft'
  if (now.getTime() < ms(notice.publishAt)) return 'scheduled'
  return hasExpired(notice.expireAt, now) ? 'expired' : 'published'
}

/** Residents' headings: `current` (published) and `past` (往期, expired). */
export type FeedSection = 'current' | 'past'

/** The heading a notice in `state` goes under for residents; null for what only workers see. */
export function feedSection(state: NoticeState): FeedSection | null {
  if (state === 'published') return 'current'
  if (state === 'expired') return 'past'
  return null
}

/** Residents may open a notice that is published or 往期; drafts, scheduled and withdrawn ones are workers' only. */
export const residentsSee = (state: NoticeState) => feedSection(state) !== null

export const EXPIRE_AFTER_PUBLISH = '截止时间必须晚于发布时间'
export const EXPIRE_IN_FUTURE = '截止时间必须晚于现在'

/**
 * Why an expiry does not fit, or null: it must come after the publish time and, when `now` is given (a time being set,
 * not a body checked on its own), after now. A notice going out at this very moment (now, or a schedule delivered
 * late) has the two as one, said as "after now"; a draft has only now.
 */
export function expiryProblem(
  { publishAt, expireAt }: Pick<NoticeTimes, 'publishAt' | 'expireAt'>,
  now: Date | null,
): string | null {
  if (expireAt === null) return null
  const expiry = ms(expireAt)
  const goingOutNow = publishAt !== null && now !== null && ms(publishAt) === now.getTime()
  if (publishAt !== null && !goingOutNow && expiry <= ms(publishAt)) return EXPIRE_AFTER_PUBLISH
  if (now !== null && expiry <= now.getTime()) return EXPIRE_IN_FUTURE
  return null
}

/** A publish time that has passed by the time the server sees it (an outbox delivering late) means now. */
export const notBefore = (iso: string, now: Date) => (ms(iso) < now.getTime() ? now.toISOString() : iso)
