// The API contract shared by the client and the server: paths, headers, the session body, page sizes, and the zod
// shapes of the photo and report responses (notices have theirs in notice/api.ts).
import { z } from 'zod'
import {
  MAX_PHOTO_BYTES,
  photoRefSchema,
  reportRatingSchema,
  reportRecordSchema,
  type PhotoRef,
  type ReportRecord,
} from './report'
import { latestRating } from './report-lifecycle'
import { storedTimeSchema } from './validation'
import { API_PATHS } from './api-paths'

export { API_PATHS }

/** Required on POST /api/notices, optional (but honoured) on POST /api/reports: one key per outbox item. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key'
/** Set on a response that repeats an earlier request's result instead of creating anything. */
export const IDEMPOTENT_REPLAY_HEADER = 'Idempotent-Replayed'
export const idempotencyKeySchema = z
  .string({ required_error: '缺少 Idempotency-Key 请求头（每条待发送内容一个，重试时不变）' })
  .regex(/^[A-Za-z0-9_.:-]{8,128}$/, 'Idempotency-Key 应为 8–128 位字母、数字或 _ . : -（如 UUID）')

/** Request body limits (bytes): JSON bodies are small (photos go to POST /api/photos as files, ≤ 2 MB each). */
export const BODY_LIMIT_BYTES = {
  default: 64 * 1024,
  photo: MAX_PHOTO_BYTES + 16 * 1024,
} as const

/** The multipart field POST /api/photos reads its one file from. */
export const PHOTO_UPLOAD_FIELD = 'photo'

export const ROLES = ['resident', 'worker'] as const
export type Role = (typeof ROLES)[number]

/** Worker tokens last a working day; resident tokens a month (a resident renews with the same device id). */
export const WORKER_SESSION_HOURS = 12
export const RESIDENT_SESSION_DAYS = 30

export const communityIdSchema = z
  .string({ invalid_type_error: '社区编号应为文字' })
  .regex(/^[a-z0-9-]{2,40}$/, '社区编号应为 2–40 位小写字母、数字或 -')

/** The shortest passphrase a worker may set (H5 first use). */
export const MIN_PASSPHRASE_LENGTH = 8

const wxCodeSchema = z
  .string({ invalid_type_error: '微信登录凭证应为文字' })
  .regex(/^[A-Za-z0-9_-]{8,128}$/, '微信登录凭证格式不正确，请重新进入小程序再试')

/**
 * The body of POST /api/session. A resident: in the mini-program a `wx.login` code (`wxCode`: the server exchanges it
 * for their WeChat openid, so their reports follow their WeChat account), in H5 a random device id the app generates
 * once and keeps — one of the two.
 */
const residentSessionSchema = z
  .object({
    role: z.literal('resident'),
    deviceId: z
      .string({ invalid_type_error: '设备标识应为文字' })
      .regex(/^[A-Za-z0-9_-]{16,128}$/, '设备标识应为 16–128 位字母、数字、_ 或 -（如 UUID）')
      .optional(),
    wxCode: wxCodeSchema.optional(),
    /** The community the resident reports to; the server's default (月湾湖) when absent. */
    community: communityIdSchema.optional(),
  })
  .strict()

/**
 * A worker (a personal account the admin made): first use `invite` + a new `passphrase` (H5) or `invite` + `wxCode`
 * (mini-program, binds their WeChat); later `login` + `passphrase` (H5) or `wxCode` alone (the bound WeChat).
 */
const workerSessionSchema = z
  .object({
    role: z.literal('worker'),
    invite: z
      .string({ invalid_type_error: '邀请码应为文字' })
      .trim()
      .min(1, '请输入邀请码')
      .max(64, '邀请码不正确')
      .optional(),
    login: z
      .string({ invalid_type_error: '账号应为文字' })
      .trim()
      .min(1, '请输入账号')
      .max(64, '没有这个账号')
      .optional(),
    passphrase: z
      .string({ invalid_type_error: '口令应为文字' })
      .min(1, '请输入口令')
      .max(200, '口令最多 200 个字符')
      .optional(),
    wxCode: wxCodeSchema.optional(),
  })
  .strict()

export const sessionRequestSchema = z
  .discriminatedUnion('role', [workerSessionSchema, residentSessionSchema], {
    errorMap: () => ({ message: '请选择身份：resident（居民）或 worker（工作人员）' }),
  })
  .superRefine((body, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message })
    if (body.role === 'worker') {
      const { invite, login, passphrase, wxCode } = body
      if (invite !== undefined && login !== undefined) issue('login', '首次登录只需邀请码，不需要账号')
      else if (passphrase !== undefined && wxCode !== undefined) issue('wxCode', '请只用口令或微信中的一种登录')
      else if (invite !== undefined && passphrase === undefined && wxCode === undefined)
        issue('passphrase', '请设置口令')
      else if (invite !== undefined && passphrase !== undefined && passphrase.length < MIN_PASSPHRASE_LENGTH)
        issue('passphrase', `口令至少 ${MIN_PASSPHRASE_LENGTH} 个字符`)
      else if (login !== undefined && passphrase === undefined) issue('passphrase', '请输入口令')
      else if (passphrase !== undefined && invite === undefined && login === undefined) issue('login', '请输入账号')
      else if (invite === undefined && login === undefined && wxCode === undefined) issue('invite', '请输入邀请码')
      return
    }
    if (body.deviceId === undefined && body.wxCode === undefined) issue('deviceId', '缺少设备标识')
    else if (body.deviceId !== undefined && body.wxCode !== undefined)
      issue('wxCode', '请只提供设备标识或微信登录凭证中的一个')
  })
export type SessionRequest = z.infer<typeof sessionRequestSchema>

/** The error `code` of a worker sign-in refused because the server has no worker accounts yet (the admin adds them). */
export const NO_WORKER_ACCOUNTS = 'no-worker-accounts'

/** A community (月湾湖社区 first): everything belongs to one, and a session sees only its own. */
export const communitySchema = z.object({ id: z.string(), name: z.string() })
export type Community = z.infer<typeof communitySchema>

export const sessionResponseSchema = z.object({
  token: z.string().min(1),
  role: z.enum(ROLES),
  expiresAt: storedTimeSchema,
  community: communitySchema,
  /** The signed-in worker (null for residents); `login`: what they type with their passphrase next time. */
  worker: z.object({ id: z.string(), name: z.string(), login: z.string().nullable().optional() }).nullable(),
})
export type SessionResponse = z.infer<typeof sessionResponseSchema>

/** Page sizes of every list: `limit` defaults to 20 and is capped at 50. */
export const PAGE_SIZE = 20
export const PAGE_SIZE_MAX = 50

/**
 * A photo as returned: its stored reference and a path to GET it (prefix the API base) — from the server a signed
 * URL (`?exp=&sig=`) that works for minutes: show it as given, and load the list again for fresh ones.
 */
const photoViewSchema = photoRefSchema.extend({
  /** null while WeChat's check is pending (for anyone but the reporter) and for a refused photo (for everyone). */
  url: z.string().nullable(),
})
export type PhotoView = z.infer<typeof photoViewSchema>

/**
 * POST /api/photos (multipart/form-data, one file in the field `photo`, ≤ 2 MB; JPEG, PNG or WebP that decodes):
 * 201 with the stored photo (re-encoded, EXIF removed), to be named in a report's `photoIds`. An optional
 * Idempotency-Key makes a retried upload answer with the first photo (200).
 */
export const photoUploadResponseSchema = z.object({ photo: photoViewSchema })
export type PhotoUploadResponse = z.infer<typeof photoUploadResponseSchema>

/**
 * A report as the API returns it: without the owner, with `mine`, photo urls, the latest 评价 (null: none yet) and
 * `unread` — for its reporter, a status change or reply they have not opened yet (POST /api/reports/:id/read); always
 * false for anyone else.
 */
const reportViewSchema = reportRecordSchema.omit({ ownerId: true }).extend({
  mine: z.boolean(),
  photos: z.array(photoViewSchema),
  rating: reportRatingSchema.extend({ at: storedTimeSchema }).nullish(),
  unread: z.boolean().default(false),
})
export type ReportView = z.infer<typeof reportViewSchema>

/**
 * `viewerId`: the owner id of whoever asks (a worker's never matches a resident's); `photoUrl`: the URL each photo
 * is shown with (the server signs it for this viewer; the plain path is for fakes in tests).
 */
export function toReportView(
  report: ReportRecord,
  viewerId: string,
  photoUrl: (photoId: string) => string = API_PATHS.photo,
): ReportView {
  const { ownerId, photos, ...rest } = report
  const mine = ownerId === viewerId
  const shown = (check: PhotoRef['check']) => (check ?? 'passed') === 'passed' || (check === 'pending' && mine)
  return {
    ...rest,
    mine,
    photos: photos.map((p) => ({ ...p, url: shown(p.check) ? photoUrl(p.id) : null })),
    rating: latestRating(report),
    unread: mine && (report.unread ?? false),
  }
}

/**
 * GET /api/reports?cursor=&limit=: one page of a resident's own reports (newest first), or of every report of a
 * worker's community in the queue's order (report-queue.ts: 待回访, 新报告, 未回复, then the rest) with `queue`, how
 * many reports are in each counted group. `nextCursor` fetches the next page; null at the end.
 */
export const reportListResponseSchema = z.object({
  serverTime: storedTimeSchema,
  reports: z.array(reportViewSchema),
  nextCursor: z.string().nullable(),
  queue: z
    .object({ revisit: z.number().int().min(0), new: z.number().int().min(0), unanswered: z.number().int().min(0) })
    .optional(),
})
export type ReportListResponse = z.infer<typeof reportListResponseSchema>

/**
 * GET /api/reports/unread-count (the reporter): how many of their reports have a status change or reply they have
 * not opened — what the badges on the 月湾湖 tab and 小事快办 show, one cheap count.
 */
export const unreadCountResponseSchema = z.object({ unread: z.number().int().nonnegative() })
export type UnreadCountResponse = z.infer<typeof unreadCountResponseSchema>

/** POST /api/reports (201, or 200 for a replay), PATCH /api/reports/:id and POST /api/reports/:id/rating (200). */
export const reportResponseSchema = z.object({ report: reportViewSchema })
export type ReportResponse = z.infer<typeof reportResponseSchema>

/**
 * GET /api/privacy (public): the numbers the 隐私政策 shows — how many days a finished (已办结) report and its photos
 * are kept after its last update before the server deletes them (REPORT_RETENTION_DAYS).
 */
export const privacyResponseSchema = z.object({ reportRetentionDays: z.number().int().positive() })
export type PrivacyResponse = z.infer<typeof privacyResponseSchema>
