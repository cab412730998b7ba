// Park logic: filtering by facilities (and counting what is unverified), what suits a month, what to combine.
import type { Park, SeasonTip } from './content-schema'
import type { FacilityKey } from './facilities'

export interface FacilityFilterResult {
  /** Parks known to have every chosen facility. */
  matches: Park[]
  /** Parks where at least one chosen facility is not verified either way (and none is known absent). */
  unverified: Park[]
}

export function filterByFacilities(parks: readonly Park[], required: readonly FacilityKey[]): FacilityFilterResult {
  if (required.length === 0) return { matches: [...parks], unverified: [] }
  const matches = parks.filter((p) => required.every((k) => p.facilities[k] === 'present'))
  const unverified = parks.filter((p) => !matches.includes(p) && required.every((k) => p.facilities[k] !== 'absent'))
  return { matches, unverified }
}

/** Seasonal tips (一般规律) for a month, 1–12. */
export function tipsForMonth(tips: readonly SeasonTip[], month: number): SeasonTip[] {
  return tips.filter((t) => t.months.includes(month))
}

/**
 * Other parks of the district to look at next: the same kind first, then the rest in list order. The sources give no
 * locations, so this says nothing about distance; a planning zone (规划区) is never offered as a place to go.
 */
export function companions(park: Park, parks: readonly Park[], limit = 3): Park[] {
  const sameKind = (p: Park) => Number(p.kind === park.kind)
  return parks
    .filter((p) => p.id !== park.id && p.kind !== '规划区')
    .map((p, index) => ({ p, index }))
    .sort((a, b) => sameKind(b.p) - sameKind(a.p) || a.index - b.index)
    .map(({ p }) => p)
    .slice(0, limit)
}

/** Months a park appears in the seasonal tips, for its "best seasons" line. */
export function monthsFor(park: Park, tips: readonly SeasonTip[]): number[] {
  return [...new Set(tips.filter((t) => t.parkIds.includes(park.id)).flatMap((t) => t.months))].sort((a, b) => a - b)
}
