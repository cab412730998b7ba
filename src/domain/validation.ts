// Validation shared by client and server: plain-text fields counted in characters, ISO times, Chinese messages for every
// zod issue, and `validate()` returning the API's error body ({ error, fields }) on failure.
import { z } from 'zod'

/** Field path ('title', 'photos.1') → one message a person can act on. */
export type FieldErrors = Record<string, string>

/** The error body of every failed API call (also what `validate` reports). */
export interface ApiError {
  error: string
  fields?: FieldErrors
  /** A machine-readable reason, where the client must tell this case from others of the same status. */
  code?: string
}

export type Validated<T> = { ok: true; data: T } | { ok: false; error: ApiError }

/** A person acting (a worker on a notice or a report): id from the server's configuration, display name — never a secret. */
export const personSchema = z.object({ id: z.string().min(1), name: z.string().min(1) })
export type Person = z.infer<typeof personSchema>

/** Characters as a person counts them: code points, so an emoji or a rare 汉字 counts once. */
function charCount(text: string): number {
  return Array.from(text).length
}

// C0 controls except \t and \n, DEL, and the bidi overrides that can make text read differently from how it is stored.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g

/**
 * Plain text as typed: \r\n and \r become \n, invisible control characters go, the ends are trimmed. Everything else —
 * "<", "&", quotes — is kept as it is: it is stored and returned as text, and clients render it as text, never HTML.
 */
function normalizePlainText(text: string, multiline: boolean): string {
  const unified = text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '')
  return (multiline ? unified : unified.replace(/\s*\n\s*/g, ' ')).trim()
}

export interface PlainTextRule {
  max: number
  min?: number
  /** Single-line fields (titles, places) turn line breaks into spaces. */
  multiline?: boolean
}

/** A plain-text field named `label` in its messages (请填写标题, 标题不超过 60 字). */
export function plainText(label: string, { max, min = 1, multiline = false }: PlainTextRule) {
  return z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}应为文字` })
    .transform((text) => normalizePlainText(text, multiline))
    .superRefine((text, ctx) => {
      const length = charCount(text)
      if (length < min) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: min <= 1 ? `请填写${label}` : `${label}至少 ${min} 字` })
      } else if (length > max) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${label}不超过 ${max} 字（现在 ${length} 字）` })
      }
    })
}

/** An ISO 8601 time with a zone (2026-05-01T09:00:00+08:00 or …Z), normalised to UTC (toISOString). */
export function isoTime(label: string) {
  return z
    .string({ required_error: `请选择${label}`, invalid_type_error: `${label}格式不对` })
    .datetime({ offset: true, message: `${label}格式不对，应为带时区的时间，如 2026-05-01T09:00:00+08:00` })
    .transform((text) => new Date(text).toISOString())
}

/** A stored time: what isoTime produced. */
export const storedTimeSchema = z.string().datetime({ offset: true })

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是或否（true/false）',
  array: '列表',
  object: '对象',
  null: '空值',
}

/**
 * Chinese messages for whatever a schema did not word itself. zod asks this (contextual) map last, passing what the
 * schema's own map said as `defaultError`: when that differs from zod's English default, the schema's message stands.
 */
const zhErrorMap: z.ZodErrorMap = (issue, ctx) => {
  if (ctx.defaultError !== z.defaultErrorMap(issue, { data: ctx.data, defaultError: '' }).message) {
    return { message: ctx.defaultError }
  }
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return { message: '必填' }
      return { message: `应为${TYPE_NAMES[issue.expected] ?? issue.expected}` }
    case z.ZodIssueCode.unrecognized_keys:
      return {
        message: `不支持的字段：${issue.keys.slice(0, 10).join('、')}${issue.keys.length > 10 ? ` 等 ${issue.keys.length} 个` : ''}`,
      }
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `只能是：${issue.options.join('、')}` }
    case z.ZodIssueCode.invalid_union_discriminator:
      return { message: `只能是：${issue.options.map(String).join('、')}` }
    case z.ZodIssueCode.invalid_string:
      return { message: '格式不对' }
    case z.ZodIssueCode.too_small:
      return { message: issue.type === 'array' ? `至少 ${issue.minimum} 项` : `不能小于 ${issue.minimum}` }
    case z.ZodIssueCode.too_big:
      return { message: issue.type === 'array' ? `最多 ${issue.maximum} 项` : `不能大于 ${issue.maximum}` }
    default:
      return { message: '内容不正确' }
  }
}

const VALIDATION_SUMMARY = '请检查填写的内容'

/** A 400 names at most this many fields: a body with thousands of unknown keys gets a short answer, not a long one. */
const MAX_FIELD_MESSAGES = 10

/**
 * One message per field (the first zod gave), keyed by its dotted path, at most MAX_FIELD_MESSAGES of them; issues on
 * the whole body become `error`.
 */
function toApiError(error: z.ZodError): ApiError {
  const fields: FieldErrors = {}
  let summary: string | null = null
  const add = (path: string, message: string) => {
    if (Object.keys(fields).length < MAX_FIELD_MESSAGES || path in fields) fields[path] ??= message
  }
  for (const issue of error.issues) {
    if (issue.code === z.ZodIssueCode.unrecognized_keys) {
      for (const key of issue.keys.slice(0, MAX_FIELD_MESSAGES)) add([...issue.path, key].join('.'), '不支持这个字段')
      continue
    }
    if (issue.path.length === 0) summary ??= issue.message
    else add(issue.path.join('.'), issue.message)
  }
  return Object.keys(fields).length > 0
    ? { error: summary ?? VALIDATION_SUMMARY, fields }
    : { error: summary ?? VALIDATION_SUMMARY }
}

/** Parses with Chinese messages; on failure the API error body, ready to send (400) or to show beside each field. */
export function validate<S extends z.ZodTypeAny>(schema: S, input: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(input, { errorMap: zhErrorMap })
  return result.success ? { ok: true, data: result.data } : { ok: false, error: toApiError(result.error) }
}

/** A parser that gives what `schema` makes of a value, or null for anything that does not fit (a reply, a cache). */
export function parseOrNull<S extends z.ZodTypeAny>(schema: S): (value: unknown) => z.output<S> | null {
  return (value) => {
    const result = schema.safeParse(value)
    return result.success ? result.data : null
  }
}
