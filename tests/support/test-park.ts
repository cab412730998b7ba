// A hand-made park for domain tests: every facility unknown unless given; parsed by parkSchema, so it is valid content.
import { parkSchema, type Park } from '@/domain/content-schema'

export interface ParkShape {
  id?: string
  kind?: Park['kind']
  facilities?: Partial<Park['facilities']>
}

export function testPark({ id = 'test-park', kind = '湿地公园', facilities = {} }: ParkShape = {}): Park {
  return parkSchema.parse({
    id,
    name: `公园 ${id}`,
    kind,
    summary: '用于测试。',
    highlights: [],
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
