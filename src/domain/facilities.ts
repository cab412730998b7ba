// Park facilities: their keys, Chinese names and how many are still unverified.
export const FACILITY_KEYS = [
  'toilets',
  'accessiblePath',
  'parking',
  'playground',
  'fitness',
  'seating',
  'drinkingWater',
] as const

export type FacilityKey = (typeof FACILITY_KEYS)[number]
export type FacilityState = 'present' | 'absent' | 'unknown'

export const FACILITY_LABELS: Record<FacilityKey, string> = {
  toilets: '卫生间',
  accessiblePath: '无障碍通道',
  parking: '停车场',
  playground: '儿童游乐',
  fitness: '健身器材',
  seating: '休息座椅',
  drinkingWater: '饮水点',
}

/** How many of a place's facilities nobody has verified yet. */
export function countUnverifiedFacilities(place: { facilities: Record<FacilityKey, FacilityState> }): number {
  return FACILITY_KEYS.filter((key) => place.facilities[key] === 'unknown').length
}
