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

/** Other green spaces to combine with a park: most shared activities first, then the same kind. */
export function companions(park: Park, parks: readonly Park[], limit = 3): Park[] {
  const shared = (other: Park) => other.activities.filter((a) => park.activities.includes(a)).length
  return parks
    .filter((p) => p.id !== park.id && (shared(p) > 0 || p.kind === park.kind))
    .sort((a, b) => shared(b) - shared(a) || Number(b.kind === park.kind) - Number(a.kind === park.kind))
    .slice(0, limit)
}

/** Months a park appears in the seasonal tips, for its "best seasons" line. */
export function monthsFor(park: Park, tips: readonly SeasonTip[]): number[] {
  return [...new Set(tips.filter((t) => t.parkIds.includes(park.id)).flatMap((t) => t.months))].sort((a, b) => a - b)
}
