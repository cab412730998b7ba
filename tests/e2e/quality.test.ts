// Every page passes axe (no serious or critical violations), stays under 1,000 DOM nodes and has tap targets ≥ 44 px.
import { after, afterEach, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Browser } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { TABS } from '../../src/app/tabs'
import { launchBrowser, openPhonePage, type PhonePage } from './support/browser'
import { openApp, waitForOnlyTitle } from './support/app'

/** WeChat's WXML audit warns above 1,000 nodes per page; the H5 DOM is our proxy for it. */
const MAX_DOM_NODES = 1000
const MIN_TAP_TARGET_PX = 44

let browser: Browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

/** The visible controls a finger has to hit, with their size, for those smaller than the minimum. */
async function smallTapTargets(phone: PhonePage): Promise<string[]> {
  return phone.page.evaluate((min) => {
    const selector = 'button, a[href], [role="button"], input, textarea, .nut-button, .weui-tabbar__item'
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min || box.height < min)
      .map(
        ({ el, box }) => `${el.innerText.trim() || el.className}: ${Math.round(box.width)}×${Math.round(box.height)}`,
      )
  }, MIN_TAP_TARGET_PX)
}

for (const tab of TABS) {
  describe(`the ${tab.text} page (${tab.pagePath}) is usable by everyone`, () => {
    let phone: PhonePage

    before(async () => {
      phone = await openPhonePage(browser)
      await openApp(phone.page, tab.pagePath)
      await waitForOnlyTitle(phone.page, tab.title)
      await phone.page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })
    })

    afterEach(() => phone.assertNoPageErrors())

    after(async () => {
      await phone?.close()
    })

    it('has no serious or critical axe violations', async () => {
      const results = await new AxeBuilder({ page: phone.page }).analyze()
      const blocking = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        )
      assert.deepEqual(blocking, [])
    })

    it(`keeps its DOM under ${MAX_DOM_NODES} nodes`, async () => {
      const nodes = await phone.page.evaluate(() => document.getElementsByTagName('*').length)
      console.log(`# ${tab.pagePath}: ${nodes} DOM nodes`)
      assert.ok(nodes < MAX_DOM_NODES, `${nodes} DOM nodes`)
    })

    it(`gives every tappable control at least ${MIN_TAP_TARGET_PX}×${MIN_TAP_TARGET_PX} px`, async () => {
      assert.deepEqual(await smallTapTargets(phone), [])
    })
  })
}
