// A park's facilities nobody has verified are counted (countUnverifiedFacilities, moved from content-schema.ts to
// facilities.ts), so the card can say 待核实.
import type { Park } from '@/domain/content-schema'
import { countUnverifiedFacilities } from '@/domain/facilities'
import { testPark } from '../support/test-park'

const park = (facilities: Partial<Park['facilities']>): Park => testPark({ facilities })

describe('countUnverifiedFacilities', () => {
  it('counts all seven when nothing is verified', () => {
    expect(countUnverifiedFacilities(park({}))).toBe(7)
  })

  it('does not count facilities verified as present or as absent', () => {
    expect(countUnverifiedFacilities(park({ toilets: 'present', parking: 'absent', seating: 'present' }))).toBe(4)
  })

  it('is zero when every facility is verified', () => {
    const all = park({
      toilets: 'present',
      accessiblePath: 'absent',
      parking: 'present',
      playground: 'absent',
      fitness: 'present',
      seating: 'present',
      drinkingWater: 'absent',
    })
    expect(countUnverifiedFacilities(all)).toBe(0)
  })
})
