// Starts Debian's Chromium through playwright-core and opens phone-sized pages that record every uncaught page error.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
// Playwright's own browser download does not work here: drive the system Chromium, as every script does.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium'

/** How long a locator may wait for the app (generous for a busy 2-core CI machine; a local page renders in < 1 s). */
export const WAIT_MS = 15_000

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
}

/** A phone page (390×844 CSS px unless asked otherwise, at 2×, touch) plus the uncaught errors it has thrown so far. */
export interface PhonePage {
  page: Page
  context: BrowserContext
  pageErrors: Error[]
  /** Throws if the page threw anything since the last call, so a hook can fail the test that caused it. */
  assertNoPageErrors(): void
  close(): Promise<void>
}

/** The phone the tests use unless told otherwise (an iPhone 12–14 class screen, CSS px). */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const

/** The smallest phone screen still in use (iPhone SE 1st gen, small Androids; CSS px): nothing may be cut off here. */
export const SMALL_PHONE_VIEWPORT = { width: 320, height: 568 } as const

/**
 * Service workers are blocked unless `options` allow them (offline.test.ts): with one, the page's requests go through
 * it and page.route, which tests use to fail or slow the API, would not see them. The viewport is PHONE_VIEWPORT
 * unless `options` give another (SMALL_PHONE_VIEWPORT).
 */
export async function openPhonePage(browser: Browser, options: BrowserContextOptions = {}): Promise<PhonePage> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    ...options,
    viewport: options.viewport ?? PHONE_VIEWPORT,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  context.setDefaultTimeout(WAIT_MS)
  context.setDefaultNavigationTimeout(WAIT_MS)
  const page = await context.newPage()
  const pageErrors: Error[] = []
  page.on('pageerror', (error) => pageErrors.push(error))
  page.on('crash', () => pageErrors.push(new Error('the page crashed')))
  // Something the server's Content-Security-Policy blocked (a script, style, image or call): the app is broken there.
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
      pageErrors.push(new Error(`CSP violation: ${message.text()}`))
    }
  })
  return {
    page,
    context,
    pageErrors,
    assertNoPageErrors() {
      if (pageErrors.length === 0) return
      const found = pageErrors.splice(0).map((e) => e.stack ?? e.message)
      throw new Error(`uncaught page error(s):\n${found.join('\n---\n')}`)
    },
    close: () => context.close(),
  }
}
