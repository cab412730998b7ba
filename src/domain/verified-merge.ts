// Bundled content + verified facts → what each field of a guide, park or the community shows and where it comes from:
// the sources (with their quote), a worker's verification (who, when, how; 待复核 past its re-check date, recomputed
// here so a cached copy turns too) or nobody (待核实). Pure and zod-free: the tabs use it in the weapp main package
// (guides merge in verified-merge-guide.ts, which only the guide page loads).
import { chinaDay } from './china-time'
import type { Park, Source } from './content-schema'
import { FACILITY_KEYS, type FacilityKey, type FacilityState } from './facilities'
import { NATIONAL_HOTLINES } from './national-hotlines'
import type { OpeningHours } from './open-status'
import type { MapPoint, VerifiedFact } from './verified-facts'
import {
  LOCAL_PHONE,
  VERIFIABLE_FIELDS,
  fieldDefinition,
  subjectKey,
  type FactSubjectKind,
  type FactSubjectRef,
  type FactValueKind,
} from './verified-fields'

/** A field's value as the app shows it, whichever its origin. */
export type ShownValue =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'phone'; number: string }
  | { kind: 'address'; text: string; point: MapPoint | null }
  | { kind: 'opening-hours'; hours: OpeningHours }
  | { kind: 'facility'; present: boolean }

export type Provenance =
  | { state: 'source'; sources: Source[] }
  /** `fact.stale` is as of the merge's `now`, not as the server (or the cached copy) said. */
  | { state: 'verified'; fact: VerifiedFact }
  | { state: 'unknown' }

export interface MergedField {
  subject: FactSubjectRef
  /** The field's name as VERIFIABLE_FIELDS gives it (地点, 咨询电话 …). */
  label: string
  value: ShownValue | null
  provenance: Provenance
  /** What the sources said, when a verified value replaced it: shown beside the verified one, never dropped unseen. */
  replaced: { value: ShownValue; sources: Source[] } | null
}

/** Verified facts by subjectKey, each with `stale` recomputed for `now` (China calendar day). */
export type FactIndex = ReadonlyMap<string, VerifiedFact>

/** True when today in China is after the re-check date: the value shows 待复核. */
export function isStale(recheckBy: string, now: Date): boolean {
  return chinaDay(now.toISOString()) > recheckBy
}

export function indexFacts(facts: readonly VerifiedFact[], now: Date): FactIndex {
  const index = new Map<string, VerifiedFact>()
  for (const fact of facts) {
    if (!fieldDefinition(fact.subject.kind, fact.subject.field)) continue
    index.set(subjectKey(fact.subject), { ...fact, stale: isStale(fact.recheckBy, now) })
  }
  return index
}

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

function isPoint(v: unknown): v is MapPoint {
  const p = v as MapPoint
  return (
    Boolean(p) &&
    typeof p.latitude === 'number' &&
    typeof p.longitude === 'number' &&
    Math.abs(p.latitude) <= 90 &&
    Math.abs(p.longitude) <= 180
  )
}

function isOpeningHours(v: unknown): v is OpeningHours {
  const h = v as { kind?: unknown; seasons?: unknown; closures?: unknown }
  if (!h || typeof h !== 'object') return false
  if (h.kind === 'unknown' || h.kind === 'always') return true
  if (h.kind !== 'scheduled' || !Array.isArray(h.seasons) || h.seasons.length === 0 || !Array.isArray(h.closures)) {
    return false
  }
  const seasonOk = (s: { from?: unknown; to?: unknown; ranges?: unknown }) =>
    MONTH_DAY.test(String(s?.from)) &&
    MONTH_DAY.test(String(s?.to)) &&
    Array.isArray(s.ranges) &&
    s.ranges.length > 0 &&
    s.ranges.every(
      (r: { open?: unknown; close?: unknown }) => HHMM.test(String(r?.open)) && HHMM.test(String(r?.close)),
    )
  const closureOk = (c: { date?: unknown; weekday?: unknown; reason?: unknown }) =>
    nonEmpty(c?.reason) &&
    (/^\d{4}-\d{2}-\d{2}$/.test(String(c.date)) ||
      (Number.isInteger(c.weekday) && (c.weekday as number) >= 0 && (c.weekday as number) <= 6))
  return h.seasons.every(seasonOk) && h.closures.every(closureOk)
}

/** A verified value as shown, or null when it is not of the field's kind (then the field ignores it). */
export function shownValue(kind: FactValueKind, value: unknown): ShownValue | null {
  switch (kind) {
    case 'text':
      return nonEmpty(value) ? { kind, text: value } : null
    case 'list':
      return Array.isArray(value) && value.length > 0 && value.every(nonEmpty) ? { kind, items: value } : null
    case 'phone': {
      const number = typeof value === 'string' ? value.replace(/\s/g, '') : ''
      return LOCAL_PHONE.test(number) ? { kind, number } : null
    }
    case 'address': {
      const a = value as { text?: unknown; point?: unknown }
      if (!a || typeof a !== 'object' || !nonEmpty(a.text)) return null
      if (a.point !== null && a.point !== undefined && !isPoint(a.point)) return null
      return {
        kind,
        text: a.text,
        point: a.point ? { latitude: a.point.latitude, longitude: a.point.longitude } : null,
      }
    }
    case 'opening-hours':
      return isOpeningHours(value) ? { kind, hours: value } : null
    case 'facility':
      return value === 'present' || value === 'absent' ? { kind, present: value === 'present' } : null
  }
}

/** A value in plain words (a park's hours: the park page describes them, with describeHours). */
export function shownValueText(value: ShownValue): string {
  switch (value.kind) {
    case 'text':
      return value.text
    case 'list':
      return value.items.map((v, i) => `${i + 1}. ${v}`).join('\n')
    case 'phone':
      return value.number
    case 'address':
      return value.text
    case 'opening-hours':
      return value.hours.kind === 'always' ? '全天开放' : '按公示时间开放'
    case 'facility':
      return value.present ? '有' : '无'
  }
}

/** One field: the verified value of its kind if there is one, else the bundled (sourced) value, else unknown. */
export function mergeField(
  index: FactIndex,
  subject: FactSubjectRef,
  bundled: ShownValue | null,
  sources: Source[],
): MergedField {
  const definition = fieldDefinition(subject.kind, subject.field)!
  const fromSources = (): MergedField => ({
    subject,
    label: definition.label,
    value: bundled,
    provenance: bundled ? { state: 'source', sources } : { state: 'unknown' },
    replaced: null,
  })
  const fact = index.get(subjectKey(subject))
  if (!fact) return fromSources()
  // A value of the wrong kind is ignored, and "checked: not known" (null) leaves what the sources say, or 待核实.
  const value = shownValue(definition.value, fact.value)
  if (!value) return fromSources()
  return {
    subject,
    label: definition.label,
    value,
    provenance: { state: 'verified', fact },
    replaced: bundled ? { value: bundled, sources } : null,
  }
}

export const subjectOf = (kind: FactSubjectKind, id: string, field: string): FactSubjectRef => ({ kind, id, field })

export interface MergedPark {
  /** The park with hours and facilities from verified values only: what openStatus() and the filter read. */
  park: Park
  hours: MergedField
  address: MergedField
  facilities: Record<FacilityKey, MergedField>
}

/**
 * A park's fields. The sources give no park's hours, address or facilities (bundled hours are null, facilities
 * unknown), so only verified values count: open-now and the facility filter never count a guess.
 */
export function mergePark(park: Park, index: FactIndex): MergedPark {
  const verifiedOnly = (field: string) => mergeField(index, subjectOf('park', park.id, field), null, park.sources)
  const hours = verifiedOnly('hours')
  const facilities = Object.fromEntries(FACILITY_KEYS.map((k) => [k, verifiedOnly(`facility.${k}`)])) as Record<
    FacilityKey,
    MergedField
  >
  const facilityState = (f: MergedField): FacilityState =>
    f.value?.kind === 'facility' ? (f.value.present ? 'present' : 'absent') : 'unknown'
  return {
    park: {
      ...park,
      hours: hours.value?.kind === 'opening-hours' ? hours.value.hours : null,
      facilities: Object.fromEntries(FACILITY_KEYS.map((k) => [k, facilityState(facilities[k])])) as Park['facilities'],
    },
    hours,
    address: verifiedOnly('address'),
    facilities,
  }
}

/** The parks with verified hours and facilities only (the 公园 tab's list and filter). */
export const mergeParks = (parks: readonly Park[], index: FactIndex): Park[] =>
  parks.map((p) => mergePark(p, index).park)

/** The community's own contacts (居委会地址, 办公时间, 联系电话): the sources give none, so verified values only. */
export function mergeCommunity(communityId: string, index: FactIndex): MergedField[] {
  return Object.keys(VERIFIABLE_FIELDS.community).map((field) =>
    mergeField(index, subjectOf('community', communityId, field), null, []),
  )
}

/** The community's verified contacts (unverified ones left out), the oldest verification among them and whether any
 * is past its re-check date (待复核); null while none is verified. */
export function verifiedCommunityContacts(
  communityId: string,
  index: FactIndex,
): { fields: MergedField[]; oldest: VerifiedFact; stale: boolean } | null {
  const fields = mergeCommunity(communityId, index).filter((f) => f.value && f.provenance.state === 'verified')
  const facts = fields.flatMap((f) => (f.provenance.state === 'verified' ? [f.provenance.fact] : []))
  if (facts.length === 0) return null
  return {
    fields,
    oldest: facts.reduce((a, b) => (b.verifiedAt < a.verifiedAt ? b : a)),
    stale: facts.some((f) => f.stale),
  }
}

/** The number a 拨打 button may dial: a verified phone, or a national hotline the content names; else null. */
export function dialableNumber(field: MergedField): string | null {
  if (field.value?.kind !== 'phone') return null
  if (field.provenance.state === 'verified') return field.value.number
  const national = Object.prototype.hasOwnProperty.call(NATIONAL_HOTLINES, field.value.number)
  return field.provenance.state === 'source' && national ? field.value.number : null
}

/** The map point 导航 opens: only a verified address that has one. */
export function navigablePoint(field: MergedField): MapPoint | null {
  return field.provenance.state === 'verified' && field.value?.kind === 'address' ? field.value.point : null
}
