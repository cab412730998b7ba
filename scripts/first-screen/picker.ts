// The script inlined in index.html after the prerendered screens: before any JavaScript file has loaded, it shows the
// screen of the tab in the address (#/pages/news/index …) in the mode the app will use, so text shows at first paint.
import { TABS } from '../../src/app/tabs'
import { ELDER_FONT_SCALE, STANDARD_FONT_PX } from '../../src/domain/font-scale'
import { FIRST_SCREEN_ATTRIBUTE, FIRST_SCREEN_HOST_ID } from '../../src/domain/first-screen'
import { STORAGE_KEYS } from '../../src/domain/storage-keys'

export interface PickerConfig {
  /** Tab page path (pages/news/index) → screen name prefix (news). */
  tabs: Record<string, string>
  /** The page an address without a route opens. */
  firstPage: string
  /** Where the app keeps the reading mode (Taro's H5 storage: JSON {"data": value} in localStorage). */
  storageKey: string
  /** With nothing saved, 长辈版 when the browser's default text is this many times the standard size or more. */
  elderScale: number
  standardPx: number
  hostId: string
  attribute: string
}

/**
 * Inlined as `(${pickFirstScreen})(config)`, so no inner functions or imports. With nothing saved it applies the rule of
 * prefersElderMode(fontScale({ host: 'browser', px })) (a test holds the two together).
 */
export function pickFirstScreen(config: PickerConfig): void {
  const route = location.hash.replace(/^#\/?/, '').split('?')[0] || config.firstPage
  const tab = config.tabs[route]
  if (!tab) return
  let mode: string | null = null
  try {
    const saved = JSON.parse(localStorage.getItem(config.storageKey) || 'null')
    if (saved && (saved.data === 'elder' || saved.data === 'standard')) mode = saved.data
  } catch {
    mode = null
  }
  if (!mode) {
    const probe = document.createElement('div')
    probe.style.fontSize = 'medium'
    document.body.appendChild(probe)
    const px = parseFloat(getComputedStyle(probe).fontSize)
    document.body.removeChild(probe)
    mode = px > 0 && px / config.standardPx >= config.elderScale - 1e-9 ? 'elder' : 'standard'
  }
  const template = document.querySelector('template[' + config.attribute + '="' + tab + '-' + mode + '"]')
  const host = document.getElementById(config.hostId)
  if (!template || !host) return
  host.appendChild((template as HTMLTemplateElement).content.cloneNode(true))
  host.hidden = false
  if (mode === 'elder') document.documentElement.classList.add('elder-mode')
}

/** The app's tabs, storage key, 长辈版 rule and element names, for the inlined script. */
export function firstScreenPickerConfig(): PickerConfig {
  return {
    tabs: Object.fromEntries(TABS.map((t) => [t.pagePath, t.key])),
    firstPage: TABS[0].pagePath,
    storageKey: STORAGE_KEYS.uiMode,
    elderScale: ELDER_FONT_SCALE,
    standardPx: STANDARD_FONT_PX.browser,
    hostId: FIRST_SCREEN_HOST_ID,
    attribute: FIRST_SCREEN_ATTRIBUTE,
  }
}
