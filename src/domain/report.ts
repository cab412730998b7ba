// Resident reports (小事快办): zod schemas for the create body (category, description, place as text, up to 3 photos
// of ≤ 2 MB as base64 data URLs) and the worker's update, the resident's 评价 of a finished report, the stored record,
// and the status timeline 已提交 → 已受理 → 处理中 → 已办结 (→ 待回访 after a 不满意; moves in report-lifecycle.ts).
import { z } from 'zod'
import { personSchema, plainText, storedTimeSchema } from './validation'
import { factSubjectSchema } from './verified-facts'

export const REPORT_CATEGORIES = [
  '环境卫生',
  '设施报修',
  '绿化养护',
  '噪音扰民',
  '停车交通',
  '安全隐患',
  '信息纠错',
  '其他',
] as const
/** The category of a 信息有误 / 我来补充 report about one field of a guide, park or the community (its `subject`). */
export const CORRECTION_CATEGORY: ReportCategory = '信息纠错'
export type ReportCategory = (typeof REPORT_CATEGORIES)[number]

/** The steps of the timeline, in order. */
export const REPORT_STATUSES = ['submitted', 'accepted', 'in-progress', 'resolved'] as const
/** Every status a report can have: the steps, and 待回访 (a 不满意 评价 put it back in the workers' queue). */
export const ALL_REPORT_STATUSES = [...REPORT_STATUSES, 'revisit'] as const
export type ReportStatus = (typeof ALL_REPORT_STATUSES)[number]
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  'in-progress': '处理中',
  resolved: '已办结',
  revisit: '待回访',
}
/** A step not reached yet, as what will happen (the timeline's future steps): 待受理 → 待处理 → 待办结. */
export const REPORT_STATUS_FUTURE_LABELS: Record<(typeof REPORT_STATUSES)[number], string> = {
  submitted: '待提交',
  accepted: '待受理',
  'in-progress': '待处理',
  resolved: '待办结',
}

/** The resident's 评价 of a finished (已办结) report. */
export const REPORT_RATINGS = ['satisfied', 'basically-satisfied', 'unsatisfied'] as const
export type ReportRatingValue = (typeof REPORT_RATINGS)[number]
export const REPORT_RATING_LABELS: Record<ReportRatingValue, string> = {
  satisfied: '满意',
  'basically-satisfied': '基本满意',
  unsatisfied: '不满意',
}
export const REPORT_RATING_WORDS_MAX = 200

export const REPORT_DESCRIPTION_MAX = 500
export const REPORT_PLACE_MAX = 100
export const REPORT_REPLY_MAX = 500
export const MAX_PHOTOS = 3
/** Each photo after the client's compression (decoded bytes). */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type PhotoType = (typeof PHOTO_TYPES)[number]

/** Decoded bytes of padded base64 text, without decoding it. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return (base64.length / 4) * 3 - padding
}

// The first bytes of each format, as base64 (JPEG FF D8 FF; PNG 89 'PNG' \r\n 1A \n; WebP 'RIFF' … 'WEBP').
const SIGNATURES: Record<PhotoType, (base64: string) => boolean> = {
  'image/jpeg': (b) => b.startsWith('/9j/'),
  'image/png': (b) => b.startsWith('iVBORw0KGg'),
  'image/webp': (b) => b.startsWith('UklGR') && b.slice(12, 16) === 'RUJQ',
}

/** The format the bytes say they are (by their first bytes, given as base64), or null for anything else. */
export function sniffPhotoType(base64: string): PhotoType | null {
  return PHOTO_TYPES.find((type) => SIGNATURES[type](base64)) ?? null
}

const DATA_URL = /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]*={0,2})$/

export interface ParsedPhoto {
  type: PhotoType
  base64: string
  bytes: number
}

export type PhotoProblem = 'format' | 'content' | 'size'

/** A photo as the client sends it (`data:image/jpeg;base64,…`), checked for type, real image bytes and size. */
export function parsePhotoDataUrl(
  text: string,
): { ok: true; photo: ParsedPhoto } | { ok: false; problem: PhotoProblem } {
  const match = DATA_URL.exec(text)
  if (!match || match[2].length % 4 !== 0 || match[2].length === 0) return { ok: false, problem: 'format' }
  const type = match[1] as PhotoType
  const base64 = match[2]
  if (!SIGNATURES[type](base64)) return { ok: false, problem: 'content' }
  const bytes = base64Bytes(base64)
  if (bytes > MAX_PHOTO_BYTES) return { ok: false, problem: 'size' }
  return { ok: true, photo: { type, base64, bytes } }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

/** One photo of the create body; messages name the photo (第 2 张照片…). */
const photoDataUrlSchema = z
  .string({ invalid_type_error: '照片应为 data:image/…;base64, 形式的文字' })
  .superRefine((text, ctx) => {
    const result = parsePhotoDataUrl(text)
    if (result.ok) return
    const index = ctx.path[ctx.path.length - 1]
    const which = typeof index === 'number' ? `第 ${index + 1} 张照片` : '照片'
    const message = {
      format: `${which}格式不对：只支持 JPEG、PNG 或 WebP 图片`,
      content: `${which}不是有效的图片`,
      size: `${which}有 ${mb(base64Bytes(text.slice(text.indexOf(',') + 1)))} MB，超过 2 MB，请压缩后再传`,
    }[result.problem]
    ctx.addIssue({ code: z.ZodIssueCode.custom, message })
  })

const reportCategorySchema = z.enum(REPORT_CATEGORIES, {
  errorMap: () => ({ message: `请选择类别：${REPORT_CATEGORIES.join('、')}` }),
})

/** What a resident writes: the same fields in the form, the outbox and the wire body. */
const reportTextFields = {
  category: reportCategorySchema,
  description: plainText('问题描述', { max: REPORT_DESCRIPTION_MAX, multiline: true }),
  place: plainText('地点', { max: REPORT_PLACE_MAX }),
  /** A 信息纠错 report names the field it is about (信息有误 / 我来补充 on a guide or park page). */
  subject: factSubjectSchema.optional(),
}

/** A report as the app's form and outbox hold it, photos as data URLs (the wire body is reportCreateBodySchema). */
export const reportCreateSchema = z
  .object({
    ...reportTextFields,
    photos: z
      .array(photoDataUrlSchema, { invalid_type_error: '照片应为列表' })
      .max(MAX_PHOTOS, `最多 ${MAX_PHOTOS} 张照片`)
      .optional(),
  })
  .strict()
export type ReportCreateInput = z.input<typeof reportCreateSchema>
export type ReportCreate = z.output<typeof reportCreateSchema>

const reportStatusSchema = z.enum(ALL_REPORT_STATUSES, {
  errorMap: () => ({
    message: `状态只能是：${ALL_REPORT_STATUSES.map((s) => `${s}（${REPORT_STATUS_LABELS[s]}）`).join('、')}`,
  }),
})

const reportRatingValueSchema = z.enum(REPORT_RATINGS, {
  errorMap: () => ({ message: `请选择评价：${REPORT_RATINGS.map((r) => REPORT_RATING_LABELS[r]).join('、')}` }),
})

/** The body of POST /api/reports/:id/rating (the reporter, once per 办结): a choice and optional words. */
export const reportRatingBodySchema = z
  .object({
    rating: reportRatingValueSchema,
    words: plainText('评价的话', { max: REPORT_RATING_WORDS_MAX, min: 0, multiline: true }).optional(),
  })
  .strict()
export type ReportRatingBodyInput = z.input<typeof reportRatingBodySchema>
export type ReportRatingBody = z.output<typeof reportRatingBodySchema>

/** A 评价 as stored on its timeline entry; `words` null when none were written. */
export const reportRatingSchema = z.object({ value: reportRatingValueSchema, words: z.string().nullable() })
export type ReportRating = z.infer<typeof reportRatingSchema>

/** The body of PATCH /api/reports/:id (workers): a new status, a reply, or both. */
export const reportPatchSchema = z
  .object({
    status: reportStatusSchema.optional(),
    reply: plainText('回复', { max: REPORT_REPLY_MAX, multiline: true }).optional(),
  })
  .strict()
  .refine((patch) => patch.status !== undefined || patch.reply !== undefined, '请选择新的状态或填写回复')
export type ReportPatchInput = z.input<typeof reportPatchSchema>
export type ReportPatch = z.output<typeof reportPatchSchema>

/** WeChat's check of a photo: 审核中 until it answers; a refused photo is never shown (图片未通过安全检测). */
export const PHOTO_CHECKS = ['pending', 'passed', 'refused'] as const
export type PhotoCheck = (typeof PHOTO_CHECKS)[number]
export const PHOTO_CHECK_LABELS = { pending: '审核中', refused: '图片未通过安全检测' } as const

/** A stored photo: the server keeps the bytes; `id` names them (GET /api/photos/:id). */
export const photoRefSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  type: z.enum(PHOTO_TYPES),
  bytes: z.number().int().positive().max(MAX_PHOTO_BYTES),
  /** Absent: passed (records from before the checks). */
  check: z.enum(PHOTO_CHECKS).optional(),
})
export type PhotoRef = z.infer<typeof photoRefSchema>

const reportTimelineEntrySchema = z.object({
  status: reportStatusSchema,
  at: storedTimeSchema,
  /** The worker's reply to the resident, if any. */
  reply: z.string().nullable(),
  /** null for the resident's own entries (the submission, a 评价). */
  by: personSchema.nullable(),
  /** Present on the entry of the resident's 评价 (its status: 已办结 stays, or 待回访 after 不满意). */
  rating: reportRatingSchema.optional(),
})
export type ReportTimelineEntry = z.infer<typeof reportTimelineEntrySchema>

/** A report as the server stores it; `ownerId` (derived from the resident's device) never leaves the server. */
export const reportRecordSchema = z.object({
  id: z.string().min(1),
  /** What residents quote and workers search by (src/domain/report-number.ts), e.g. YWH-20261201-0042. */
  number: z.string().min(1),
  ownerId: z.string().min(1),
  category: reportCategorySchema,
  description: z.string(),
  place: z.string(),
  /** The field a 信息纠错 report is about; absent on other reports. */
  subject: factSubjectSchema.optional(),
  photos: z.array(photoRefSchema).max(MAX_PHOTOS),
  status: reportStatusSchema,
  createdAt: storedTimeSchema,
  updatedAt: storedTimeSchema,
  timeline: z.array(reportTimelineEntrySchema).min(1),
  /** A worker changed the status or replied since the reporter last opened it; absent: read. */
  unread: z.boolean().optional(),
})
export type ReportRecord = z.infer<typeof reportRecordSchema>

/** A stored photo's id as the API hands it out (POST /api/photos) and takes it back (photoIds). */
export const photoIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, '照片编号不正确')

/**
 * The body of POST /api/reports on the wire: the form's fields, and the ids of photos the same sender uploaded first
 * (POST /api/photos, one file each) — photo bytes never travel inside JSON.
 */
export const reportCreateBodySchema = z
  .object({
    ...reportTextFields,
    photoIds: z
      .array(photoIdSchema, { invalid_type_error: '照片应为列表' })
      .max(MAX_PHOTOS, `最多 ${MAX_PHOTOS} 张照片`)
      .refine((ids) => new Set(ids).size === ids.length, '同一张照片只能添加一次')
      .optional(),
  })
  .strict()
export type ReportCreateBodyInput = z.input<typeof reportCreateBodySchema>
export type ReportCreateBody = z.output<typeof reportCreateBodySchema>
