// Theme tokens for the two reading modes: standard and 长辈版 (elder mode, after China's 适老化 rules: body ≥ 18 px,
// largest ≥ 30 px, line height ≥ 1.3, tap targets ≥ 60 px). Components read them as CSS variables.
export type UiMode = 'standard' | 'elder'

export interface ThemeTokens {
  fontBody: number
  fontSmall: number
  fontHeading: number
  fontTitle: number
  lineHeight: number
  /** Minimum tap target, CSS px. */
  target: number
  /** Spacing unit, CSS px. */
  gap: number
}

export const THEME_TOKENS: Record<UiMode, ThemeTokens> = {
  standard: { fontBody: 16, fontSmall: 14, fontHeading: 18, fontTitle: 22, lineHeight: 1.6, target: 44, gap: 12 },
  elder: { fontBody: 20, fontSmall: 18, fontHeading: 24, fontTitle: 30, lineHeight: 1.6, target: 60, gap: 16 },
}

/** The app's own CSS variables for a mode (read by every stylesheet). */
export function appCssVars(mode: UiMode): Record<string, string> {
  const t = THEME_TOKENS[mode]
  return {
    '--app-font-body': `${t.fontBody}px`,
    '--app-font-small': `${t.fontSmall}px`,
    '--app-font-heading': `${t.fontHeading}px`,
    '--app-font-title': `${t.fontTitle}px`,
    '--app-line-height': String(t.lineHeight),
    '--app-target': `${t.target}px`,
    '--app-gap': `${t.gap}px`,
  }
}

/** NutUI's variables for a mode (camelCase: ConfigProvider turns them into --nutui-*). */
export function nutuiThemeVars(mode: UiMode): Record<string, string> {
  const t = THEME_TOKENS[mode]
  return {
    nutuiColorPrimary: '#1f6f43',
    nutuiColorPrimaryStop1: '#1f6f43',
    // Primary buttons (发布, 确认发布) are a gradient under white text: its light end, #2d8a57 before, read 4.3:1.
    nutuiColorPrimaryStop2: '#27814f',
    nutuiColorTitle: '#1a1a1a',
    nutuiColorText: '#4a4f57',
    // NutUI's help grey (#888b94, e.g. a textarea's 12/5000 counter) is under 4.5:1 on white; #5c6470 is 6:1.
    nutuiColorTextHelp: '#5c6470',
    nutuiFontSizeBase: `${t.fontBody}px`,
    nutuiCellTitleFontSize: `${t.fontBody}px`,
    nutuiCellDescriptionFontSize: `${t.fontSmall}px`,
    nutuiCellDescriptionColor: '#4a4f57',
    nutuiCellGroupTitleFontSize: `${t.fontSmall}px`,
    nutuiTagFontSize: `${t.fontSmall}px`,
    nutuiTagHeight: 'auto',
    nutuiTagPadding: '2px 6px',
    nutuiButtonNormalHeight: `${t.target}px`,
    nutuiButtonLargeHeight: `${t.target}px`,
    nutuiButtonNormalFontSize: `${t.fontBody}px`,
    nutuiButtonLargeFontSize: `${t.fontBody}px`,
    // Small buttons (刷新, 编辑, 退出登录 …) are still full targets, with the mode's small text (not NutUI's 12 px).
    nutuiButtonSmallHeight: `${t.target}px`,
    nutuiButtonSmallFontSize: `${t.fontSmall}px`,
    nutuiEmptyTitleFontSize: `${t.fontHeading}px`,
    nutuiEmptyDescriptionFontSize: `${t.fontBody}px`,
  }
}

/** Words that find the elder-mode switch in search. */
export const ELDER_MODE_WORDS = ['长辈版', '关怀版', '大字', '老年', '字大', '适老']
