// NutUI reads the theme as CSS variables named by kebab-case: the build's small kebab-case must name every theme key
// of both reading modes exactly as lodash.kebabcase (what NutUI ships with) does, or a colour or size silently drops.
import lodashKebabCase from 'lodash.kebabcase'
import { nutuiThemeVars } from '@/domain/theme'

// eslint-disable-next-line @typescript-eslint/no-var-requires -- a plain CommonJS file, as webpack loads it
const kebabCase = require('../../config/kebab-case.js') as (value: string) => string

const themeKeys = [...new Set([...Object.keys(nutuiThemeVars('standard')), ...Object.keys(nutuiThemeVars('elder'))])]

describe('the theme keys as CSS variable names', () => {
  it('covers the theme', () => {
    expect(themeKeys.length).toBeGreaterThan(20)
  })

  it.each(themeKeys)('%s is named as NutUI names it', (key) => {
    expect(kebabCase(key)).toBe(lodashKebabCase(key))
  })

  it.each(['nutuiColorPrimaryStop2', 'nutuiHTMLTitle', 'nutui-button_height', 'Foo2Bar'])(
    'an awkward key %s too',
    (key) => {
      expect(kebabCase(key)).toBe(lodashKebabCase(key))
    },
  )
})
