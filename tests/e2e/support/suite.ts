// The hooks every e2e file repeats: one Chromium per file, one phone page per describe block whose page errors fail
// the test that caused them, all closed afterwards.
import { after, afterEach, before } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchBrowser, openPhonePage, type PhonePage } from './browser'

/** Call at the top of a file: launches Chromium before its tests and closes it after; returns a getter. */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('the browser is not running yet')
    return browser
  }
}

/**
 * Call inside a describe block: opens a phone page before its tests (then runs `open`, e.g. to load the app), checks
 * for page errors after each test and closes the page at the end; returns a getter.
 */
export function phoneForSuite(browser: () => Browser, open?: (phone: PhonePage) => Promise<void>): () => PhonePage {
  let phone: PhonePage | undefined
  before(async () => {
    phone = await openPhonePage(browser())
    await open?.(phone)
  })
  afterEach(() => phone?.assertNoPageErrors())
  after(async () => {
    await phone?.close()
  })
  return () => {
    if (!phone) throw new Error('the phone page is not open yet')
    return phone
  }
}
