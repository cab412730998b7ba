// The phone's text size as a factor of its platform's standard size, and when that makes 长辈版 the first choice.
// WeChat gives fontSizeScaleFactor (the factor itself) on newer base libraries and fontSizeSetting (px) on all; its
// standard is 17 px on iOS but 16 px on Android; a browser's default font size is 16 px.

/** Where the size was read: WeChat on Android, WeChat elsewhere (iOS, DevTools, desktop), or a browser. */
export type FontHost = 'wechat-android' | 'wechat' | 'browser'

/** The standard ("not enlarged") size of each host, px. */
export const STANDARD_FONT_PX: Record<FontHost, number> = { 'wechat-android': 16, wechat: 17, browser: 16 }

/** From this factor up (e.g. 20 px on Android, 21 px on iOS) the app starts in 长辈版. */
export const ELDER_FONT_SCALE = 1.2

export interface FontReading {
  host: FontHost
  /** WeChat's fontSizeScaleFactor, when given. */
  scaleFactor?: number | null
  /** The system font size, px, when known. */
  px?: number | null
}

const usable = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0

/** The factor over the host's standard: WeChat's own factor first, else px ÷ standard; null when neither is known. */
export function fontScale({ host, scaleFactor, px }: FontReading): number | null {
  if (usable(scaleFactor)) return scaleFactor
  if (usable(px)) return px / STANDARD_FONT_PX[host]
  return null
}

/** Start in 长辈版 when the phone's text is enlarged by ELDER_FONT_SCALE or more. Unknown → standard. */
export function prefersElderMode(scale: number | null): boolean {
  return scale !== null && scale >= ELDER_FONT_SCALE - 1e-9
}
