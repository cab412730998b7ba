// The hooks every e2e file repeats: one Chromium per file, one phone page per describe block (or per file) whose page
// errors fail the test that caused them, all closed afterwards.
import { after, afterEach, before } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, openPhonePage, type PhonePage } from './browser'

/**
 * Call at the top of a file: Chromium starts when a test first asks for it (whatever order node runs the hooks in)
 * and is closed after the file's tests; returns the getter.
 */
export function browserForFile(): () => Promise<Browser> {
  let launching: Promise<Browser> | undefined
  after(async () => {
    await (await launching)?.close()
  })
  return () => (launching ??= launchBrowser())
}

/**
 * Call inside a describe block (or at the top of a file, after browserForFile): a phone page opened before its tests
 * by `open` (default: a plain phone page), checked for page errors after each test and closed at the end. The value
 * returned stands for that page inside the tests (`const { page } = phone`).
 */
export function phoneForSuite(
  browser: () => Promise<Browser>,
  open: (browser: Browser) => Promise<PhonePage> = openPhonePage,
): PhonePage {
  let phone: PhonePage | undefined
  before(async () => {
    phone = await open(await browser())
  })
  afterEach(() => phone?.assertNoPageErrors())
  after(async () => {
    await phone?.close()
  })
  const current = (): PhonePage => {
    if (!phone) throw new Error('the phone page is not open yet')
    return phone
  }
  return {
    get page(): Page {
      return current().page
    },
    get context(): BrowserContext {
      return current().context
    },
    get pageErrors(): Error[] {
      return current().pageErrors
    },
    assertNoPageErrors: () => current().assertNoPageErrors(),
    close: () => current().close(),
  }
}
