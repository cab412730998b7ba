// Every page on the smallest phone (320×568) in 标准版 and in 长辈版 started by a large system font: nothing cut off or
// running past the screen (support/clipping.ts). axe, tap targets and text size run at 390×844 in quality-*.test.ts.
import { after, afterEach, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Browser } from 'playwright-core'
import { TABS } from '@/app/tabs'
import { launchBrowser, SMALL_PHONE_VIEWPORT, type PhonePage } from './support/browser'
import { clippedElements } from './support/clipping'
import { LARGE_SYSTEM_FONT_PX, MODES, QUALITY_PAGES, openCheckedPage, pageSlug } from './support/quality-checks'
import { screenshot } from './support/screenshot'

const { width, height } = SMALL_PHONE_VIEWPORT
const tabPaths = new Set<string>(TABS.map((tab) => tab.pagePath))

let browser: Browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

for (const mode of MODES) {
  // 长辈版 as a resident with the phone's largest text gets it: on first run, from the system font, with no tap.
  const how = mode.mode === 'elder' ? `, started by a ${LARGE_SYSTEM_FONT_PX} px system font` : ''
  for (const [index, target] of QUALITY_PAGES.entries()) {
    describe(`the ${target.name} page at ${width}×${height} in ${mode.label}${how}`, () => {
      let phone: PhonePage

      before(async () => {
        phone = await openCheckedPage(browser, target, mode.mode, {
          viewport: SMALL_PHONE_VIEWPORT,
          elderBy: 'system-font',
        })
      })

      afterEach(() => phone.assertNoPageErrors())

      after(async () => {
        // The four tabs are kept as PNGs (tests/e2e/screenshots/small-*) for a person to look at.
        if (phone && tabPaths.has(target.path))
          await screenshot(phone.page, `small-${mode.mode}-${pageSlug(index, target)}`)
        await phone?.close()
      })

      it('cuts nothing off: no sideways scroll, every text whole and inside the screen and the tab bar', async () => {
        assert.deepEqual(await clippedElements(phone.page), [])
      })
    })
  }
}
