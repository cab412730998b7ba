// The phone's font size setting, for the first choice of 长辈版: system-font.weapp.ts reads WeChat's setting,
// system-font.h5.ts the browser default; Taro picks the file for the build, and this one only declares the function.

export interface SystemFont {
  /** The system font size in px, or null when it cannot be read. */
  px: number | null
  /** The platform's standard size in px (what "not enlarged" is). */
  standard: number
}

export declare function systemFont(): SystemFont
