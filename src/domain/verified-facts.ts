// Verified facts: values a signed-in worker checked where the two reviews say nothing (a guide's 地点, a park's hours, the
// 居委会's phone) — which fields can be verified, the value each takes, how it was checked, and who checked it when.
import { z } from 'zod'
import { openingHoursSchema } from './opening-hours-schema'
import { personSchema, plainText, storedTimeSchema } from './validation'
import { FACT_SUBJECT_KINDS, LOCAL_PHONE, VERIFY_METHODS, fieldDefinition, type FactValueKind } from './verified-fields'

// The zod-free part of the contract (fields, value kinds, methods, subjectKey), where the tabs import it from.
export * from './verified-fields'

const subjectIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, '对象编号不正确')

/** Which field of which guide, park or community; the field must be one VERIFIABLE_FIELDS lists for the kind. */
export const factSubjectSchema = z
  .object({
    kind: z.enum(FACT_SUBJECT_KINDS, { errorMap: () => ({ message: '对象类型只能是 guide、park 或 community' }) }),
    id: subjectIdSchema,
    field: z.string().min(1, '请选择要核实的项'),
  })
  .strict()
  .refine((s) => fieldDefinition(s.kind, s.field) !== null, { message: '这一项不能核实', path: ['field'] })
export type FactSubject = z.infer<typeof factSubjectSchema>

const pointSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
})
export type MapPoint = z.infer<typeof pointSchema>

/** The schema of each value kind: what a worker sends and what the app shows. */
export const FACT_VALUE_SCHEMAS = {
  text: plainText('内容', { max: 200, multiline: true }),
  list: z
    .array(plainText('每一项', { max: 100 }), { invalid_type_error: '应为列表' })
    .min(1, '至少填写一项')
    .max(20, '最多 20 项'),
  phone: z
    .string({ required_error: '请填写电话', invalid_type_error: '电话应为文字' })
    .transform((t) => t.replace(/\s/g, ''))
    .refine((t) => LOCAL_PHONE.test(t), '电话号码格式不对：请写「区号-号码」或 11 位手机号'),
  /** The address as written, and the map point picked for 导航 (null: the address only). */
  address: z.object({ text: plainText('地址', { max: 100 }), point: pointSchema.nullable() }).strict(),
  'opening-hours': openingHoursSchema,
  facility: z.enum(['present', 'absent'], { errorMap: () => ({ message: '请选择有或没有' }) }),
} as const satisfies Record<FactValueKind, z.ZodTypeAny>

export type FactValueOf<V extends FactValueKind> = z.output<(typeof FACT_VALUE_SCHEMAS)[V]>
export type FactValue = FactValueOf<FactValueKind>
export type AddressValue = FactValueOf<'address'>

/** Default time until a value is checked again, and the longest a worker may choose. */
export const RECHECK_DEFAULT_DAYS = 180
export const RECHECK_MAX_DAYS = 730

const dateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')

/**
 * The body of POST /api/verified-facts (a worker): the subject, its value (checked against the field's value kind), how
 * it was checked — 官方公示 needs the notice's title or a photo of it — and when to check again (after today, at most
 * RECHECK_MAX_DAYS ahead; the server checks the dates). `value: null` records that the field is not known after all.
 */
export const verifyBodySchema = z
  .object({
    subject: factSubjectSchema,
    value: z.unknown(),
    method: z.enum(VERIFY_METHODS, { errorMap: () => ({ message: '请选择核实方式：现场核实、电话核实或官方公示' }) }),
    evidence: z
      .object({
        noticeTitle: plainText('公示标题', { max: 100 }).nullable().default(null),
        photoId: z
          .string()
          .regex(/^[A-Za-z0-9_-]{16,64}$/, '照片编号不正确')
          .nullable()
          .default(null),
      })
      .strict()
      .default({}),
    recheckBy: dateOnly,
    /** The 信息有误 / 我来补充 report this verification answers, if any (it is resolved with the new value). */
    reportId: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.method === 'official-notice' && !body.evidence.noticeTitle && !body.evidence.photoId) {
      ctx.addIssue({ code: 'custom', message: '官方公示请填写公示标题或拍下公示', path: ['evidence', 'noticeTitle'] })
    }
    const definition = fieldDefinition(body.subject.kind, body.subject.field)
    if (!definition || body.value === null) return
    const parsed = FACT_VALUE_SCHEMAS[definition.value].safeParse(body.value)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: ['value', ...issue.path] })
      }
    }
  })
export type VerifyBodyInput = z.input<typeof verifyBodySchema>

/** Who verified: the worker (id and display name) and their community (its id and name). */
export const verifierSchema = z.object({
  worker: personSchema,
  community: z.object({ id: z.string().min(1), name: z.string().min(1) }),
})

/**
 * One verification as the API returns it (the current value of a subject, or one row of its history). `value` is of
 * the field's value kind, or null (checked: not known). `stale`: today (China time) is after `recheckBy` — shown as 待复核.
 */
export const verifiedFactSchema = z.object({
  id: z.string().min(1),
  subject: factSubjectSchema,
  value: z.unknown(),
  method: z.enum(VERIFY_METHODS),
  evidence: z.object({
    noticeTitle: z.string().nullable(),
    /** A signed URL of the photo of the notice, readable by anyone (it shows a public notice); null: none. */
    photoUrl: z.string().nullable(),
  }),
  verifiedBy: verifierSchema,
  verifiedAt: storedTimeSchema,
  recheckBy: dateOnly,
  stale: z.boolean(),
})
export type VerifiedFact = z.infer<typeof verifiedFactSchema>

/**
 * GET /api/verified-facts?community= (public, cacheable): the current verified value of every subject of the community;
 * `asOf` is the server's time of the answer (the app shows 更新于 when it falls back to its cached copy).
 */
export const verifiedFactListSchema = z.object({ facts: z.array(verifiedFactSchema), asOf: storedTimeSchema })
export type VerifiedFactList = z.infer<typeof verifiedFactListSchema>

/** GET /api/verified-facts/history?kind=&id=&field= (workers of the community): every verification, newest first. */
export const verifiedFactHistorySchema = z.object({ history: z.array(verifiedFactSchema) })

/** POST /api/verified-facts → 201 { fact }. */
export const verifiedFactResponseSchema = z.object({ fact: verifiedFactSchema })
