// Notices as the API returns them (zod, for the server and subpackages): one notice with its state and 已修改 time,
// a list row, a page of GET /api/notices and its sections, and the { notice } body of the single-notice calls.
import { z } from 'zod'
import { ROLES, communitySchema } from '@/domain/api-contract'
import { storedTimeSchema } from '@/domain/validation'
import { lastEditedAt } from './lifecycle'
import { noticeState } from './rules'
import { noticeRecordSchema, noticeStateSchema, type NoticeRecord } from './schema'

/**
 * A notice as the API returns it: the record, its state at serverTime, `editedAt` (when residents last saw it change,
 * 已修改; null when unchanged since publication — for everyone); history only for workers.
 */
const noticeViewSchema = noticeRecordSchema.extend({
  state: noticeStateSchema,
  editedAt: storedTimeSchema.nullable().optional(),
  history: noticeRecordSchema.shape.history.optional(),
})
export type NoticeView = z.infer<typeof noticeViewSchema>

export function toNoticeView(notice: NoticeRecord, now: Date, withHistory: boolean): NoticeView {
  const { history, ...rest } = notice
  return {
    ...rest,
    state: noticeState(notice, now),
    editedAt: lastEditedAt(notice),
    ...(withHistory ? { history } : {}),
  }
}

/** A notice in a list: what a row shows, never the body or the history (GET /api/notices/:id has those). */
const noticeSummarySchema = noticeViewSchema.pick({
  id: true,
  category: true,
  title: true,
  audience: true,
  pinned: true,
  publishAt: true,
  expireAt: true,
  withdrawnAt: true,
  updatedAt: true,
  state: true,
  editedAt: true,
})
export type NoticeSummary = z.infer<typeof noticeSummarySchema>

/**
 * Which notices GET /api/notices pages through (`section=`): `feed` (the default, anyone) — current then 往期, in the
 * order of FEED_ORDER (notice/order.ts), as one sequence; `unpublished` (workers only) — drafts, scheduled and
 * withdrawn, in UNPUBLISHED_ORDER.
 */
export const NOTICE_SECTIONS = ['feed', 'unpublished'] as const
export type NoticeSection = (typeof NOTICE_SECTIONS)[number]

/**
 * GET /api/notices?section=&cursor=&limit=&community=: one page. `nextCursor` (opaque) fetches the next page; null at
 * the end. `viewer` says whose view this is; `community` whose notices (a session's own; for the public the
 * `community` parameter, 月湾湖 by default).
 */
export const noticePageResponseSchema = z.object({
  serverTime: storedTimeSchema,
  viewer: z.enum(['public', ...ROLES]),
  community: communitySchema,
  notices: z.array(noticeSummarySchema),
  nextCursor: z.string().nullable(),
})
export type NoticePageResponse = z.infer<typeof noticePageResponseSchema>

/**
 * GET /api/notices/:id (one notice with its body; history for the community's workers; a draft, scheduled or
 * withdrawn notice is 404 for anyone else), POST /api/notices (201, or 200 for a replay) and PATCH /api/notices/:id.
 */
export const noticeResponseSchema = z.object({ notice: noticeViewSchema })
export type NoticeResponse = z.infer<typeof noticeResponseSchema>
