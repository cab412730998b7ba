// A park's facilities nobody has verified are counted (countUnverifiedFacilities, moved from content-schema.ts to
// facilities.ts), so the card can say 待核实. Test parks go through parkSchema, so they are valid content.
import { parkSchema, type Park } from '../../src/domain/content-schema'
import { countUnverifiedFacilities } from '../../src/domain/facilities'

function park(facilities: Partial<Park['facilities']>): Park {
  return parkSchema.parse({
    id: 'test-park',
    name: '测试公园',
    kind: '湿地公园',
    summary: '用于测试。',
    highlights: [],
    activities: [],
    facilities: {
      toilets: 'unknown',
      accessiblePath: 'unknown',
      parking: 'unknown',
      playground: 'unknown',
      fitness: 'unknown',
      seating: 'unknown',
      drinkingWater: 'unknown',
      ...facilities,
    },
    hours: null,
    location: null,
    sources: [{ doc: 'xicheng-2021', quote: '花溪湿地公园' }],
  })
}

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
