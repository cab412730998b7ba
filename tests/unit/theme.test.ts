// Theme tokens: 长辈版 meets the 适老化 minimums, and the system font size decides the first-run mode.
import { appCssVars, nutuiThemeVars, THEME_TOKENS } from '@/domain/theme'
import { createUiModeStore } from '@/services/ui-mode'
import { STORAGE_KEYS, type KeyValueStore } from '@/services/storage'

describe('theme tokens', () => {
  it('gives elder mode body text ≥ 18 px, a largest size ≥ 30 px, line height ≥ 1.3 and 60 px targets', () => {
    const elder = THEME_TOKENS.elder
    expect(elder.fontBody).toBeGreaterThanOrEqual(18)
    expect(elder.fontSmall).toBeGreaterThanOrEqual(18)
    expect(Math.max(elder.fontTitle, elder.fontHeading, elder.fontBody)).toBeGreaterThanOrEqual(30)
    expect(elder.lineHeight).toBeGreaterThanOrEqual(1.3)
    expect(elder.target).toBeGreaterThanOrEqual(60)
  })

  it('keeps standard mode targets at 44 px and every elder size larger than its standard one', () => {
    expect(THEME_TOKENS.standard.target).toBeGreaterThanOrEqual(44)
    for (const key of ['fontBody', 'fontSmall', 'fontHeading', 'fontTitle', 'target'] as const) {
      expect(THEME_TOKENS.elder[key]).toBeGreaterThan(THEME_TOKENS.standard[key])
    }
  })

  it('turns tokens into the CSS variables the stylesheets and NutUI read', () => {
    expect(appCssVars('elder')).toMatchObject({ '--app-font-body': '20px', '--app-target': '60px' })
    expect(appCssVars('standard')).toMatchObject({ '--app-font-body': '16px', '--app-target': '44px' })
    expect(nutuiThemeVars('elder')).toMatchObject({ nutuiFontSizeBase: '20px', nutuiButtonNormalHeight: '60px' })
  })

  it('makes every NutUI button size (small included) a full target with readable text in 长辈版', () => {
    const vars = nutuiThemeVars('elder')
    const heights = Object.entries(vars).filter(([key]) => /^nutuiButton\w+Height$/.test(key))
    const fonts = Object.entries(vars).filter(([key]) => /^nutuiButton\w+FontSize$/.test(key))
    expect(heights.map(([key]) => key).sort()).toEqual([
      'nutuiButtonLargeHeight',
      'nutuiButtonNormalHeight',
      'nutuiButtonSmallHeight',
    ])
    for (const [, value] of heights) expect(parseFloat(value)).toBeGreaterThanOrEqual(60)
    expect(fonts).toHaveLength(3)
    for (const [, value] of fonts) expect(parseFloat(value)).toBeGreaterThanOrEqual(18)
  })
})

describe('the reading-mode store', () => {
  const memoryStore = (initial: Record<string, unknown> = {}, failWrites = false): KeyValueStore => {
    const data = new Map(Object.entries(initial))
    return {
      read: (key) => data.get(key),
      write: (key, value) => {
        if (failWrites) throw new Error('quota')
        data.set(key, value)
      },
    }
  }

  it('starts from the saved mode, else from the system font size', () => {
    expect(createUiModeStore(memoryStore({ [STORAGE_KEYS.uiMode]: 'elder' }), () => ({ scale: 1 })).get()).toBe('elder')
    expect(createUiModeStore(memoryStore(), () => ({ scale: 22 / 17 })).get()).toBe('elder')
    expect(createUiModeStore(memoryStore(), () => ({ scale: 1 })).get()).toBe('standard')
    expect(createUiModeStore(memoryStore({ [STORAGE_KEYS.uiMode]: 'garbage' }), () => ({ scale: null })).get()).toBe(
      'standard',
    )
  })

  it('tells every subscriber, saves the choice, and still switches when saving fails', () => {
    const kv = memoryStore()
    const store = createUiModeStore(kv, () => ({ scale: null }))
    const seen: string[] = []
    store.subscribe(() => seen.push(store.get()))
    expect(store.set('elder')).toBe(true)
    expect(kv.read(STORAGE_KEYS.uiMode)).toBe('elder')
    expect(seen).toEqual(['elder'])
    const failing = createUiModeStore(memoryStore({}, true), () => ({ scale: null }))
    expect(failing.set('elder')).toBe(false)
    expect(failing.get()).toBe('elder')
  })
})

describe('the primary button gradient', () => {
  /** WCAG relative luminance of a #rrggbb colour. */
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const onWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05)

  it.each(['standard', 'elder'] as const)('keeps white text at 4.5:1 or more at both ends in %s', (mode) => {
    const vars = nutuiThemeVars(mode)
    for (const stop of [vars.nutuiColorPrimaryStop1, vars.nutuiColorPrimaryStop2])
      expect(onWhite(stop)).toBeGreaterThanOrEqual(4.5)
  })
})
