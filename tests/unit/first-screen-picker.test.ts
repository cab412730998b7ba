// The script index.html runs before any JavaScript file: it shows the prerendered screen of the tab in the address,
// in the reading mode the app itself will start in.
import { firstScreenPickerConfig, pickFirstScreen } from '../../scripts/first-screen/picker'
import { fontScale, prefersElderMode } from '@/domain/font-scale'
import { STORAGE_KEYS } from '@/domain/storage-keys'
import { TABS } from '@/app/tabs'

const config = firstScreenPickerConfig()

/** index.html as the prerender writes it: the empty host, one template per tab and mode. */
function loadPage(hash: string): void {
  document.documentElement.className = ''
  document.body.innerHTML = [
    `<div id="${config.hostId}" hidden></div>`,
    ...TABS.flatMap((tab) =>
      ['standard', 'elder'].map(
        (mode) =>
          `<template ${config.attribute}="${tab.key}-${mode}"><p class="shown">${tab.title} ${mode}</p></template>`,
      ),
    ),
  ].join('')
  window.location.hash = hash
}

const host = () => document.getElementById(config.hostId) as HTMLElement
const shownText = () => (host().hidden ? null : host().textContent)
const saveMode = (mode: string) => localStorage.setItem(STORAGE_KEYS.uiMode, JSON.stringify({ data: mode }))

function browserDefaultFont(px: number): jest.SpyInstance {
  return jest.spyOn(window, 'getComputedStyle').mockReturnValue({ fontSize: `${px}px` } as CSSStyleDeclaration)
}

afterEach(() => {
  localStorage.clear()
  jest.restoreAllMocks()
})

test('a first visit without a route shows the first tab in 标准版', () => {
  loadPage('')
  pickFirstScreen(config)
  expect(shownText()).toBe(`${TABS[0].title} standard`)
  expect(document.documentElement.classList.contains('elder-mode')).toBe(false)
})

test('a resident who chose 长辈版 gets the 长辈版 screen of the tab in the address, and the big tab bar', () => {
  saveMode('elder')
  loadPage('#/pages/parks/index?from=share')
  pickFirstScreen(config)
  expect(shownText()).toBe('公园绿地 elder')
  expect(document.documentElement.classList.contains('elder-mode')).toBe(true)
})

test('a saved 标准版 wins over an enlarged browser font', () => {
  saveMode('standard')
  browserDefaultFont(24)
  loadPage('#/pages/community/index')
  pickFirstScreen(config)
  expect(shownText()).toBe('月湾湖社区 standard')
})

test('a page that is not a tab shows no prerendered screen (the app draws it)', () => {
  loadPage('#/packages/news/detail/index?id=x')
  pickFirstScreen(config)
  expect(shownText()).toBeNull()
})

test('a broken saved value falls back to the font rule instead of failing', () => {
  localStorage.setItem(STORAGE_KEYS.uiMode, '{not json')
  loadPage('#/pages/services/index')
  pickFirstScreen(config)
  expect(shownText()).toBe('民生服务 standard')
})

test.each([14, 16, 18, 19, 19.2, 20, 24])(
  'with nothing saved and a browser font of %s px it picks the mode the app starts in',
  (px) => {
    browserDefaultFont(px)
    loadPage('#/pages/news/index')
    pickFirstScreen(config)
    const expected = prefersElderMode(fontScale({ host: 'browser', px })) ? 'elder' : 'standard'
    expect(shownText()).toBe(`西城要闻 ${expected}`)
  },
)

test('the inlined copy of the script runs on its own, with no imports or helpers', () => {
  saveMode('elder')
  loadPage('#/pages/services/index')
  // Exactly what prerender.ts writes into index.html.
  new Function(`(${pickFirstScreen.toString()})(${JSON.stringify(config)})`)()
  expect(shownText()).toBe('民生服务 elder')
})
