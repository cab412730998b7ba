// What a worker can verify: the 民生 guides, the parks and the community's own contacts (bundled content), each with
// its verifiable fields and, per field, its state — 来源已写明 (the reviews say it), 待核实, 已核实 on a date, 待复核.
import {
  VERIFIABLE_FIELDS,
  subjectKey,
  type FactFieldDefinition,
  type FactSubject,
  type FactSubjectKind,
  type VerifiedFact,
} from '@/domain/verified-facts'
import type { GuideCard, Park } from '@/domain/content-schema'
import { chinaDay } from '@/domain/china-time'
import { FACILITY_KEYS, type FacilityKey } from '@/domain/facilities'
import { loadCommunity } from '@/services/content/community'
import { loadGuides } from '@/services/content/guides'
import { loadParks } from '@/services/content/parks'

export interface SubjectEntry {
  kind: FactSubjectKind
  id: string
  name: string
  /** Which of its fields the bundled content already states from the sources. */
  sourced: ReadonlySet<string>
}

function guideSourced(guide: GuideCard): Set<string> {
  const fields = Object.keys(VERIFIABLE_FIELDS.guide) as (keyof typeof VERIFIABLE_FIELDS.guide)[]
  return new Set(fields.filter((f) => (guide as Record<string, unknown>)[f] != null))
}

function parkSourced(park: Park): Set<string> {
  const known = new Set<string>()
  if (park.hours && park.hours.kind !== 'unknown') known.add('hours')
  for (const key of FACILITY_KEYS) {
    if (park.facilities[key as FacilityKey] !== 'unknown') known.add(`facility.${key}`)
  }
  return known
}

/** Guides, then parks, then the community (本社区: its 居委会's address, hours and phone). */
export async function loadSubjects(): Promise<SubjectEntry[]> {
  const [guides, parks, communities] = await Promise.all([loadGuides(), loadParks(), loadCommunity()])
  return [
    ...guides.map((g) => ({ kind: 'guide' as const, id: g.id, name: g.name, sourced: guideSourced(g) })),
    ...parks.map((p) => ({ kind: 'park' as const, id: p.id, name: p.name, sourced: parkSourced(p) })),
    ...communities.map((c) => ({ kind: 'community' as const, id: c.id, name: c.name, sourced: new Set<string>() })),
  ]
}

export function fieldsOf(kind: FactSubjectKind): [string, FactFieldDefinition][] {
  return Object.entries(VERIFIABLE_FIELDS[kind] as Record<string, FactFieldDefinition>)
}

export type FieldState =
  | { kind: 'sourced' }
  | { kind: 'unverified' }
  | { kind: 'verified'; day: string; unknown: boolean }
  | { kind: 'stale'; day: string }

export function fieldState(subject: SubjectEntry, field: string, facts: ReadonlyMap<string, VerifiedFact>): FieldState {
  const fact = facts.get(subjectKey({ kind: subject.kind, id: subject.id, field }))
  if (fact) {
    const day = chinaDay(fact.verifiedAt)
    return fact.stale ? { kind: 'stale', day } : { kind: 'verified', day, unknown: fact.value === null }
  }
  return subject.sourced.has(field) ? { kind: 'sourced' } : { kind: 'unverified' }
}

export function fieldStateText(state: FieldState): string {
  switch (state.kind) {
    case 'sourced':
      return '来源已写明'
    case 'unverified':
      return '待核实'
    case 'verified':
      return state.unknown ? `已确认未知 · ${state.day}` : `已核实 · ${state.day}`
    case 'stale':
      return `待复核（上次核实 ${state.day}）`
  }
}

/** How many of the subject's fields are still 待核实 (neither in the sources nor verified). */
export function unverifiedCount(subject: SubjectEntry, facts: ReadonlyMap<string, VerifiedFact>): number {
  return fieldsOf(subject.kind).filter(([f]) => fieldState(subject, f, facts).kind === 'unverified').length
}

export const factsByKey = (facts: readonly VerifiedFact[]): Map<string, VerifiedFact> =>
  new Map(facts.map((f) => [subjectKey(f.subject), f]))

/** A subject's name ("冬季供暖") and a field's label ("地点"), for 关于：… lines; null when the content has no such one. */
export function describeSubject(subjects: readonly SubjectEntry[], subject: FactSubject): string | null {
  const entry = subjects.find((s) => s.kind === subject.kind && s.id === subject.id)
  const field = (VERIFIABLE_FIELDS[subject.kind] as Record<string, FactFieldDefinition>)[subject.field]
  return entry && field ? `${entry.name} · ${field.label}` : null
}
