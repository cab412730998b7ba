// On a slow phone the app's JavaScript takes seconds: every tab's first screen is already in index.html, in the
// reading mode she chose, so she can read it before any script has run; when the app is ready it takes over in place.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { TABS } from '@/app/tabs'
import { STORAGE_KEYS } from '@/domain/storage-keys'
import { browserForFile } from './support/suite'
import { pageUrl } from './support/app'
import { openPhonePage } from './support/browser'

const browser = browserForFile()
const MODES = ['standard', 'elder'] as const

/** A phone that has used the app before in `mode`; `withScripts: false` is one whose scripts have not arrived yet. */
async function openPhone(mode: (typeof MODES)[number], withScripts: boolean) {
  const phone = await openPhonePage(await browser())
  await phone.context.addInitScript(([key, value]) => localStorage.setItem(key, JSON.stringify({ data: value })), [
    STORAGE_KEYS.uiMode,
    mode,
  ] as const)
  if (!withScripts) await phone.page.route('**/*.js', (route) => route.abort())
  const consoleErrors: string[] = []
  phone.page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('net::ERR_FAILED')) consoleErrors.push(message.text())
  })
  return { ...phone, consoleErrors }
}

const prerendered = (page: Page) => page.locator('#first-screen')
/** The app's own page (the prerendered copy has the same classes, but is outside #app). */
const appPage = (page: Page) => page.locator('#app .taro_page_show')

/** Where the title, the 长辈版 switch and the first section start on the screen, and how wide they are (px). */
async function landmarks(scope: Locator): Promise<Record<string, number[]>> {
  const box = async (target: Locator) => {
    const b = await target.first().boundingBox()
    assert.ok(b, 'the landmark is on the screen')
    return [b.x, b.y, b.width].map(Math.round)
  }
  return {
    title: await box(scope.locator('.page-shell__title')),
    switch: await box(scope.locator('.elder-mode-switch')),
    firstSection: await box(scope.locator('.page-shell__body > *')),
  }
}

for (const mode of MODES) {
  describe(`first screen before the scripts (${mode})`, () => {
    for (const tab of TABS) {
      it(`${tab.text}: the title and the tab bar show with no script at all`, async () => {
        const phone = await openPhone(mode, false)
        try {
          await phone.page.goto(pageUrl(tab.pagePath))
          const screen = prerendered(phone.page)
          await screen.locator('.page-shell__title', { hasText: tab.title }).waitFor()
          assert.equal(await screen.locator('.weui-tabbar__label').count(), TABS.length, 'the whole tab bar')
          assert.equal(
            await phone.page.evaluate(() => document.documentElement.classList.contains('elder-mode')),
            mode === 'elder',
          )
          const switchState = mode === 'elder' ? '开' : '关'
          const elderSwitch = screen.locator('.elder-mode-switch')
          assert.equal((await elderSwitch.innerText()).replace(/\s/g, ''), `长辈版${switchState}`)
          assert.equal(await elderSwitch.getAttribute('aria-checked'), String(mode === 'elder'))
          assert.deepEqual(phone.consoleErrors, [])
        } finally {
          await phone.close()
        }
      })
    }
  })

  describe(`the app takes over the first screen (${mode})`, () => {
    for (const tab of TABS) {
      it(`${tab.text}: same place for everything, the copy gone, nothing shifted`, async () => {
        const before = await openPhone(mode, false)
        let copied: Record<string, number[]>
        try {
          await before.page.goto(pageUrl(tab.pagePath))
          await prerendered(before.page).locator('.page-shell__title', { hasText: tab.title }).waitFor()
          copied = await landmarks(prerendered(before.page))
        } finally {
          await before.close()
        }
        const phone = await openPhone(mode, true)
        try {
          await phone.page.goto(pageUrl(tab.pagePath))
          await appPage(phone.page).locator('.page-shell__body').waitFor()
          await prerendered(phone.page).waitFor({ state: 'detached' })
          assert.equal(await phone.page.locator('template[data-first-screen]').count(), 0, 'the copies are dropped')
          assert.deepEqual(await landmarks(appPage(phone.page)), copied)
          const shift = await phone.page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                let sum = 0
                new PerformanceObserver((list) => {
                  for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += entry.value
                }).observe({ type: 'layout-shift', buffered: true })
                setTimeout(() => resolve(sum), 300)
              }),
          )
          assert.equal(shift, 0, 'layout shift while the app took over')
          assert.deepEqual(phone.consoleErrors, [])
          phone.assertNoPageErrors()
        } finally {
          await phone.close()
        }
      })
    }
  })
}
