// NutUI compares its theme and a picker's value with deep equality: the build's small stand-in must answer as
// react-fast-compare (what NutUI ships with) does on every kind of value NutUI hands it, or a theme change or a picked
// value would be missed (or re-rendered forever).
import fastEqual from 'react-fast-compare'
import { nutuiThemeVars } from '@/domain/theme'

// eslint-disable-next-line @typescript-eslint/no-var-requires -- a plain CommonJS file, as webpack loads it
const isEqual = require('../../config/deep-equal.js') as (a: unknown, b: unknown) => boolean

const standard = nutuiThemeVars('standard')
const elder = nutuiThemeVars('elder')

const PAIRS: [string, unknown, unknown][] = [
  ['the same theme, built twice', nutuiThemeVars('standard'), standard],
  ['the two reading modes', standard, elder],
  ['a theme with one key fewer', standard, Object.fromEntries(Object.entries(standard).slice(1))],
  ['a theme with one value changed', standard, { ...standard, nutuiColorPrimary: '#000000' }],
  ['picker values, equal', ['2026', '12', '03', '09', '30'], ['2026', '12', '03', '09', '30']],
  ['picker values, one column moved', ['2026', '12', '03'], ['2026', '12', '04']],
  ['picker values, shorter', [1, 2, 3], [1, 2]],
  ['numbers against strings', [1, 2], ['1', '2']],
  ['nested', { a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }],
  ['nested, different', { a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }],
  ['an array against an object', [], {}],
  ['null against an object', null, {}],
  ['undefined against null', undefined, null],
  ['NaN', Number.NaN, Number.NaN],
  ['a key missing on one side', { a: undefined }, { b: undefined }],
]

describe('deep equality as NutUI uses it', () => {
  it.each(PAIRS)('%s', (_name, a, b) => {
    expect(isEqual(a, b)).toBe(fastEqual(a, b))
    expect(isEqual(b, a)).toBe(fastEqual(b, a))
  })
})
