// A notice's zod schemas, with Chinese messages: the bodies of POST /api/notices and PATCH /api/notices/:id, and the
// record as the server stores it (with its history). Only subpackages and the server load this (it brings zod).
import { z } from 'zod'
import { isoTime, personSchema, plainText, storedTimeSchema } from '@/domain/validation'
import { NOTICE_AUDIENCE_MAX, NOTICE_BODY_MAX, NOTICE_CATEGORIES, NOTICE_STATES, NOTICE_TITLE_MAX } from './labels'
import { expiryProblem } from './rules'

export const noticeStateSchema = z.enum(NOTICE_STATES)

const noticeCategorySchema = z.enum(NOTICE_CATEGORIES, {
  errorMap: () => ({ message: `请选择类别：${NOTICE_CATEGORIES.join('、')}` }),
})

const title = plainText('标题', { max: NOTICE_TITLE_MAX })
const body = plainText('正文', { max: NOTICE_BODY_MAX, multiline: true })
const audience = plainText('发布对象', { max: NOTICE_AUDIENCE_MAX })
const pinned = z.boolean({ invalid_type_error: '置顶应为 true 或 false' })

/**
 * The body of POST /api/notices. `mode`: 'now' (the default) publishes when the server receives it, 'scheduled'
 * publishes at `publishAt`, 'draft' keeps it unpublished. `expireAt` (optional) must be after the publish time.
 */
export const noticeCreateSchema = z
  .object({
    category: noticeCategorySchema,
    title,
    body,
    audience: audience.optional(),
    pinned: pinned.optional(),
    mode: z
      .enum(['now', 'scheduled', 'draft'], {
        errorMap: () => ({ message: '发布方式只能是：立即发布、定时发布或草稿' }),
      })
      .optional(),
    publishAt: isoTime('发布时间').optional(),
    expireAt: isoTime('截止时间').nullable().optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const mode = input.mode ?? 'now'
    if (mode === 'scheduled' && input.publishAt === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['publishAt'], message: '定时发布请选择发布时间' })
    }
    if (mode !== 'scheduled' && input.publishAt !== undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['publishAt'], message: '只有定时发布需要发布时间' })
    }
    // The body alone has no "now": the expiry is checked against the chosen publish time here, against now later.
    const problem =
      mode === 'scheduled' && input.publishAt
        ? expiryProblem({ publishAt: input.publishAt, expireAt: input.expireAt ?? null }, null)
        : null
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['expireAt'], message: problem })
  })
export type NoticeCreateInput = z.input<typeof noticeCreateSchema>
export type NoticeCreate = z.output<typeof noticeCreateSchema>

/**
 * The body of PATCH /api/notices/:id: any of the fields to edit; `pinned` to pin or unpin; `publishAt` to schedule or
 * reschedule a draft or scheduled notice (null turns it back into a draft); `action`: 'publish' (now) or 'withdraw'.
 */
export const noticePatchSchema = z
  .object({
    category: noticeCategorySchema.optional(),
    title: title.optional(),
    body: body.optional(),
    audience: audience.optional(),
    pinned: pinned.optional(),
    publishAt: isoTime('发布时间').nullable().optional(),
    expireAt: isoTime('截止时间').nullable().optional(),
    action: z
      .enum(['publish', 'withdraw'], {
        errorMap: () => ({ message: '操作只能是 publish（立即发布）或 withdraw（撤回）' }),
      })
      .optional(),
  })
  .strict()
  .superRefine((patch, ctx) => {
    const keys = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined)
    if (keys.length === 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: '没有要修改的内容' })
    if (patch.action === 'withdraw' && keys.length > 1) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['action'], message: '撤回时不能同时修改其他内容' })
    }
    if (patch.action === 'publish' && patch.publishAt !== undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['publishAt'], message: '立即发布时不需要发布时间' })
    }
  })
export type NoticePatchInput = z.input<typeof noticePatchSchema>
export type NoticePatch = z.output<typeof noticePatchSchema>

const changeValue = z.union([z.string(), z.boolean(), z.null()])
export type NoticeChangeValue = z.infer<typeof changeValue>

const NOTICE_HISTORY_ACTIONS = ['create', 'edit', 'pin', 'unpin', 'schedule', 'publish', 'withdraw'] as const

const noticeHistoryEntrySchema = z.object({
  at: storedTimeSchema,
  by: personSchema,
  action: z.enum(NOTICE_HISTORY_ACTIONS),
  /** Field → its value before and after (empty for 'create'). */
  changes: z.record(z.object({ from: changeValue, to: changeValue })),
})
export type NoticeHistoryEntry = z.infer<typeof noticeHistoryEntrySchema>

/** A notice as the server stores it; its state is not stored but follows from the times (noticeState). */
export const noticeRecordSchema = z.object({
  id: z.string().min(1),
  category: noticeCategorySchema,
  title: z.string(),
  body: z.string(),
  audience: z.string(),
  pinned: z.boolean(),
  /** null: a draft. */
  publishAt: storedTimeSchema.nullable(),
  expireAt: storedTimeSchema.nullable(),
  withdrawnAt: storedTimeSchema.nullable(),
  author: personSchema,
  createdAt: storedTimeSchema,
  updatedAt: storedTimeSchema,
  history: z.array(noticeHistoryEntrySchema),
})
export type NoticeRecord = z.infer<typeof noticeRecordSchema>
