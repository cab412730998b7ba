// Park logic on hand-made parks: filtering by facilities (confirmed, unverified, known absent), a month's seasonal
// tips (winter wraps over the new year), green spaces to combine with a park, and the months a park is recommended.
// Test parks and tips go through parkSchema / seasonTipSchema, so they are valid content.
import { seasonTipSchema, type Park, type SeasonTip } from '@/domain/content-schema'
import { companions, filterByFacilities, monthsFor, tipsForMonth } from '@/domain/parks'
import { testPark, type ParkShape } from '../support/test-park'

const park = (shape: ParkShape & { id: string }): Park => testPark(shape)

function tip(id: string, months: number[], parkIds: string[]): SeasonTip {
  return seasonTipSchema.parse({ id, months, title: '测试', note: '一般规律。', parkIds, basis: '一般规律' })
}

const ids = (parks: readonly Park[]) => parks.map((p) => p.id)

describe('filterByFacilities', () => {
  const both = park({ id: 'both', facilities: { toilets: 'present', parking: 'present' } })
  const toiletsOnly = park({ id: 'toilets-only', facilities: { toilets: 'present', parking: 'absent' } })
  const toiletsParkingUnknown = park({ id: 'toilets-parking-unknown', facilities: { toilets: 'present' } })
  const allUnknown = park({ id: 'all-unknown' })
  const noToilets = park({ id: 'no-toilets', facilities: { toilets: 'absent', parking: 'present' } })
  const noToiletsParkingUnknown = park({ id: 'no-toilets-parking-unknown', facilities: { toilets: 'absent' } })
  const parks = [both, toiletsOnly, toiletsParkingUnknown, allUnknown, noToilets, noToiletsParkingUnknown]

  it('returns every park, none unverified, when no facility is chosen', () => {
    const result = filterByFacilities(parks, [])
    expect(ids(result.matches)).toEqual(ids(parks))
    expect(result.unverified).toEqual([])
  })

  it('matches parks where the facility is present, counts unknown ones as unverified and leaves out absent ones', () => {
    const result = filterByFacilities(parks, ['toilets'])
    expect(ids(result.matches)).toEqual(['both', 'toilets-only', 'toilets-parking-unknown'])
    expect(ids(result.unverified)).toEqual(['all-unknown'])
  })

  it('with two facilities, matches only parks that have both confirmed', () => {
    const result = filterByFacilities(parks, ['toilets', 'parking'])
    expect(ids(result.matches)).toEqual(['both'])
    // present + unknown and unknown + unknown are unverified; any known absence excludes the park.
    expect(ids(result.unverified)).toEqual(['toilets-parking-unknown', 'all-unknown'])
  })

  it('never lists a park both as a match and as unverified', () => {
    const result = filterByFacilities(parks, ['toilets', 'parking'])
    for (const p of result.matches) expect(result.unverified).not.toContain(p)
  })

  it('finds nothing when every park is known to lack the facility', () => {
    expect(filterByFacilities([noToilets, noToiletsParkingUnknown], ['toilets'])).toEqual({
      matches: [],
      unverified: [],
    })
  })

  it('puts every park under unverified when nothing is verified (today’s bundled data)', () => {
    const result = filterByFacilities([allUnknown, park({ id: 'other' })], ['drinkingWater'])
    expect(result.matches).toEqual([])
    expect(ids(result.unverified)).toEqual(['all-unknown', 'other'])
  })

  it('does not change the list it was given', () => {
    const list = [both, allUnknown]
    const result = filterByFacilities(list, [])
    result.matches.pop()
    expect(ids(list)).toEqual(['both', 'all-unknown'])
  })
})

describe('tipsForMonth', () => {
  const spring = tip('spring', [3, 4, 5], ['a'])
  const autumnFlowers = tip('autumn-flowers', [9, 10, 11], ['b'])
  const autumnWetlands = tip('autumn-wetlands', [9, 10, 11], ['a'])
  const winter = tip('winter', [12, 1, 2], ['c'])
  const tips = [spring, autumnFlowers, autumnWetlands, winter]

  it('returns the tips for a month, in order', () => {
    expect(tipsForMonth(tips, 4)).toEqual([spring])
    expect(tipsForMonth(tips, 10)).toEqual([autumnFlowers, autumnWetlands])
  })

  it('gives December and January the same winter tip, across the new year', () => {
    expect(tipsForMonth(tips, 12)).toEqual([winter])
    expect(tipsForMonth(tips, 1)).toEqual([winter])
    expect(tipsForMonth(tips, 2)).toEqual([winter])
  })

  it('returns nothing for a month no tip covers', () => {
    expect(tipsForMonth(tips, 7)).toEqual([])
  })
})

describe('companions', () => {
  const home = park({ id: 'home', kind: '湿地公园' })
  const trail = park({ id: 'trail', kind: '绿道' })
  const wetlandA = park({ id: 'wetland-a', kind: '湿地公园' })
  const flowers = park({ id: 'flowers', kind: '花海' })
  const wetlandB = park({ id: 'wetland-b', kind: '湿地公园' })
  const zone = park({ id: 'zone', kind: '规划区' })
  const all = [trail, zone, wetlandA, home, flowers, wetlandB]

  it('lists the same kind first, then the rest in list order; never the park itself', () => {
    expect(ids(companions(home, all, 10))).toEqual(['wetland-a', 'wetland-b', 'trail', 'flowers'])
  })

  it('returns three by default, and respects a limit', () => {
    expect(ids(companions(home, all))).toEqual(['wetland-a', 'wetland-b', 'trail'])
    expect(ids(companions(home, all, 1))).toEqual(['wetland-a'])
  })

  it('never offers a planning zone (规划区) as a place to go, nor offers anything from one to itself', () => {
    expect(ids(companions(trail, all, 10))).not.toContain('zone')
    expect(companions(zone, [zone])).toEqual([])
  })
})

describe('monthsFor', () => {
  const tips = [tip('winter', [12, 1, 2], ['a']), tip('spring', [3, 4, 5], ['a', 'b']), tip('spring-2', [4, 5], ['a'])]

  it('lists the months a park is recommended in, sorted and without repeats', () => {
    expect(monthsFor(park({ id: 'a' }), tips)).toEqual([1, 2, 3, 4, 5, 12])
    expect(monthsFor(park({ id: 'b' }), tips)).toEqual([3, 4, 5])
  })

  it('is empty for a park no tip names', () => {
    expect(monthsFor(park({ id: 'c' }), tips)).toEqual([])
  })
})
