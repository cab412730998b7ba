// Verified facts: values a signed-in worker checked where the two reviews say nothing (a guide's 地点, a park's hours, the
// 居委会's phone) — which fields can be verified, the value each takes, how it was checked, and who checked it when.
import { z } from 'zod'
import { FACILITY_KEYS, FACILITY_LABELS, type FacilityKey } from './facilities'
import { openingHoursSchema } from './opening-hours-schema'
import { personSchema, plainText, storedTimeSchema } from './validation'

/** What a verified value is about: a 民生 guide, a park, or a community's own contacts. */
export const FACT_SUBJECT_KINDS = ['guide', 'park', 'community'] as const
export type FactSubjectKind = (typeof FACT_SUBJECT_KINDS)[number]
export const FACT_SUBJECT_KIND_LABELS: Record<FactSubjectKind, string> = {
  guide: '办事指南',
  park: '公园',
  community: '社区',
}

/** The shape of a field's value; each has one schema below and one editor on the workers' desk. */
export type FactValueKind = 'text' | 'list' | 'phone' | 'address' | 'opening-hours' | 'facility'

export interface FactFieldDefinition {
  label: string
  value: FactValueKind
}

const field = (label: string, value: FactValueKind): FactFieldDefinition => ({ label, value })

const facilityFields = Object.fromEntries(
  FACILITY_KEYS.map((key) => [`facility.${key}`, field(FACILITY_LABELS[key], 'facility')]),
) as Record<`facility.${FacilityKey}`, FactFieldDefinition>

/** Every field a worker may verify, by subject kind, in the order a form shows them. */
export const VERIFIABLE_FIELDS = {
  guide: {
    whoCanApply: field('办理对象', 'text'),
    where: field('地点', 'address'),
    hours: field('时间', 'text'),
    materials: field('材料', 'list'),
    steps: field('步骤', 'list'),
    timeLimit: field('时限', 'text'),
    fee: field('费用', 'text'),
    phone: field('咨询电话', 'phone'),
    online: field('网上办理', 'text'),
  },
  park: {
    hours: field('开放时间', 'opening-hours'),
    address: field('地址', 'address'),
    ...facilityFields,
  },
  community: {
    address: field('居委会地址', 'address'),
    hours: field('办公时间', 'text'),
    phone: field('联系电话', 'phone'),
  },
} as const satisfies Record<FactSubjectKind, Record<string, FactFieldDefinition>>

export type VerifiableField<K extends FactSubjectKind = FactSubjectKind> = K extends FactSubjectKind
  ? Extract<keyof (typeof VERIFIABLE_FIELDS)[K], string>
  : never

/** The definition of a subject kind's field, or null when that kind has no such field. */
export function fieldDefinition(kind: FactSubjectKind, fieldKey: string): FactFieldDefinition | null {
  const fields: Record<string, FactFieldDefinition> = VERIFIABLE_FIELDS[kind]
  return Object.prototype.hasOwnProperty.call(fields, fieldKey) ? fields[fieldKey] : null
}

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

/** One key for a subject (guide:heating:where), as the API, the cache and the history use it. */
export function subjectKey(subject: FactSubject): string {
  return `${subject.kind}:${subject.id}:${subject.field}`
}

/** A phone a person can dial: a 漯河 landline (0395-1234567), another area's landline, a mobile, or a 3–5 digit hotline. */
export const LOCAL_PHONE = /^(0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|\d{3,5})$/

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
    .refine((t) => LOCAL_PHONE.test(t), '电话号码格式不对，如 0395-1234567 或 13912345678'),
  /** The address as written, and the map point picked for 导航 (null: the address only). */
  address: z.object({ text: plainText('地址', { max: 100 }), point: pointSchema.nullable() }).strict(),
  'opening-hours': openingHoursSchema,
  facility: z.enum(['present', 'absent'], { errorMap: () => ({ message: '请选择有或没有' }) }),
} as const satisfies Record<FactValueKind, z.ZodTypeAny>

export type FactValueOf<V extends FactValueKind> = z.output<(typeof FACT_VALUE_SCHEMAS)[V]>
export type FactValue = FactValueOf<FactValueKind>
export type AddressValue = FactValueOf<'address'>

/** How the worker checked it. */
export const VERIFY_METHODS = ['on-site', 'phone', 'official-notice'] as const
export type VerifyMethod = (typeof VERIFY_METHODS)[number]
export const VERIFY_METHOD_LABELS: Record<VerifyMethod, string> = {
  'on-site': '现场核实',
  phone: '电话核实',
  'official-notice': '官方公示',
}

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
