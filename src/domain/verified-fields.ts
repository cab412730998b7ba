// The fields workers may verify, their value kinds, the ways of checking and the phone pattern — without zod, so the tabs
// (weapp main package) can merge and show verified values; verified-facts.ts re-exports these beside its schemas.
import { FACILITY_KEYS, FACILITY_LABELS, type FacilityKey } from './facilities'

/** What a verified value is about: a 民生 guide, a park, or a community's own contacts. */
export const FACT_SUBJECT_KINDS = ['guide', 'park', 'community'] as const
export type FactSubjectKind = (typeof FACT_SUBJECT_KINDS)[number]
export const FACT_SUBJECT_KIND_LABELS: Record<FactSubjectKind, string> = {
  guide: '办事指南',
  park: '公园',
  community: '社区',
}

/** The shape of a field's value; each has one schema in verified-facts.ts and one editor on the workers' desk. */
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

/** Which field of which guide, park or community (factSubjectSchema in verified-facts.ts checks one). */
export interface FactSubjectRef {
  kind: FactSubjectKind
  id: string
  field: string
}

/** One key for a subject (guide:heating:where), as the API, the cache and the history use it. */
export function subjectKey(subject: FactSubjectRef): string {
  return `${subject.kind}:${subject.id}:${subject.field}`
}

/** A phone a person can dial: a landline with its area code (0 + 2–3 digits, then 7–8), a mobile, or a 3–5 digit hotline. */
export const LOCAL_PHONE = /^(0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|\d{3,5})$/

/** How the worker checked it. */
export const VERIFY_METHODS = ['on-site', 'phone', 'official-notice'] as const
export type VerifyMethod = (typeof VERIFY_METHODS)[number]
export const VERIFY_METHOD_LABELS: Record<VerifyMethod, string> = {
  'on-site': '现场核实',
  phone: '电话核实',
  'official-notice': '官方公示',
}
