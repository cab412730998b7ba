// NutUI theme variables (camelCase keys become --nutui-* CSS variables through ConfigProvider).
export const NUTUI_THEME: Record<string, string> = {
  nutuiColorPrimary: '#1f6f43',
  nutuiColorPrimaryStop1: '#1f6f43',
  nutuiColorPrimaryStop2: '#2d8a57',
  nutuiColorTitle: '#1a1a1a',
  nutuiColorText: '#4a4f57',
  nutuiFontSizeBase: '16px',
  nutuiCellTitleFontSize: '16px',
  nutuiCellDescriptionFontSize: '14px',
  nutuiCellDescriptionColor: '#4a4f57',
  nutuiTagFontSize: '14px',
  nutuiTagHeight: 'auto',
  nutuiTagPadding: '2px 6px',
}
