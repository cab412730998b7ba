// The phone's font size setting, for the first choice of 长辈版: system-font.weapp.ts reads WeChat's setting,
// system-font.h5.ts the browser default; Taro picks the file for the build, and this one only declares the function.

export interface SystemFont {
  /** The system font size over the platform's standard (1 = not enlarged), or null when it cannot be read. */
  scale: number | null
}

export declare function systemFont(): SystemFont
