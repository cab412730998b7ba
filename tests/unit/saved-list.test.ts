// Favourites and recently viewed guides: whatever storage hands back is cleaned up or reset, the recent list keeps the
// newest 20 without repeats, and a favourite toggles on and off.
import { MAX_RECENTS, parseIdList, pushRecent, toggleId } from '@/domain/saved-list'

describe('parseIdList: reading a stored id list', () => {
  it('keeps a clean list as it is, in order', () => {
    expect(parseIdList(['utilities-heating', 'transport-parking'])).toEqual(['utilities-heating', 'transport-parking'])
  })

  it.each([
    ['nothing stored (Taro gives "")', ''],
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['true', true],
    ['an object', { 0: 'utilities-heating', length: 1 }],
    ['a JSON string that was never parsed', '["utilities-heating"]'],
    ['a truncated JSON string', '{"oops"'],
  ])('resets %s to an empty list', (_what, value) => {
    expect(parseIdList(value)).toEqual([])
  })

  it('drops everything in a mixed array that is not a non-empty string', () => {
    expect(parseIdList(['a', 1, null, undefined, '', { id: 'b' }, ['c'], true, 'd'])).toEqual(['a', 'd'])
  })

  it('drops repeats, keeping the first (newest) place of each id', () => {
    expect(parseIdList(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c'])
  })

  it('returns a new array, never the stored one', () => {
    const stored = ['a', 'b']
    const parsed = parseIdList(stored)
    expect(parsed).toEqual(stored)
    expect(parsed).not.toBe(stored)
  })
})

describe('pushRecent: recording a guide as recently viewed', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `guide-${i + 1}`)

  it('puts the guide first', () => {
    expect(pushRecent(['a', 'b'], 'c')).toEqual(['c', 'a', 'b'])
    expect(pushRecent([], 'a')).toEqual(['a'])
  })

  it('moves a guide seen before to the front instead of listing it twice', () => {
    expect(pushRecent(['a', 'b', 'c'], 'c')).toEqual(['c', 'a', 'b'])
    expect(pushRecent(['a', 'b', 'c'], 'a')).toEqual(['a', 'b', 'c'])
  })

  it(`keeps the newest ${MAX_RECENTS} and forgets the oldest`, () => {
    expect(MAX_RECENTS).toBe(20)
    const full = ids(20)
    const next = pushRecent(full, 'new')
    expect(next).toHaveLength(20)
    expect(next[0]).toBe('new')
    expect(next).not.toContain('guide-20')
    expect(next.slice(1)).toEqual(full.slice(0, 19))
  })

  it(`keeps ${MAX_RECENTS} when a guide already on a full list is seen again`, () => {
    const next = pushRecent(ids(20), 'guide-20')
    expect(next).toHaveLength(20)
    expect(next[0]).toBe('guide-20')
    expect(next).toContain('guide-19')
    expect(new Set(next).size).toBe(20)
  })

  it('trims a list that was already too long', () => {
    expect(pushRecent(ids(30), 'new')).toHaveLength(20)
  })

  it('takes another maximum when given one', () => {
    expect(pushRecent(['a', 'b', 'c'], 'd', 2)).toEqual(['d', 'a'])
  })

  it('leaves the list it was given alone', () => {
    const before = ['a', 'b']
    pushRecent(before, 'c')
    expect(before).toEqual(['a', 'b'])
  })
})

describe('toggleId: 收藏 and 取消收藏', () => {
  it('adds a guide that is not a favourite yet, newest first', () => {
    expect(toggleId(['a'], 'b')).toEqual(['b', 'a'])
    expect(toggleId([], 'a')).toEqual(['a'])
  })

  it('removes a guide that is already a favourite, keeping the others in order', () => {
    expect(toggleId(['a', 'b', 'c'], 'b')).toEqual(['a', 'c'])
  })

  it('comes back to where it started when tapped twice', () => {
    expect(toggleId(toggleId(['a', 'c'], 'b'), 'b')).toEqual(['a', 'c'])
  })

  it('leaves the list it was given alone', () => {
    const before = ['a']
    toggleId(before, 'a')
    expect(before).toEqual(['a'])
  })
})
