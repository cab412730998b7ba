// check:weapp's manners check on a built weapp (a fixture written here): it passes when every list page enables
// pull-down refresh, every tab shares, detail pages share to Moments, app.json preloads each tab's subpackage, the
// app code uses the update manager and libVersion covers the APIs used — and names what is missing when any is not.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { TABS } from '@/app/tabs'
import { PULL_DOWN_PAGES, TIMELINE_PAGES, checkWeappManners, compareVersions } from '../../scripts/weapp-manners'

let dir: string

function write(file: string, content: unknown): void {
  const full = path.join(dir, file)
  fs.mkdirSync(path.dirname(full), { recursive: true })
  fs.writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content))
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>
const edit = (file: string, change: (json: Record<string, unknown>) => void) => {
  const json = readJson(file)
  change(json)
  write(file, json)
}

/** A built weapp with every manner in place. */
function goodBuild(): void {
  const roots = [...new Set(TABS.map((t) => t.subpackage))]
  write('app.json', {
    pages: TABS.map((t) => t.pagePath),
    subPackages: roots.map((root) => ({ root, pages: [] })),
    preloadRule: Object.fromEntries(TABS.map((t) => [t.pagePath, { network: 'all', packages: [t.subpackage] }])),
    __usePrivacyCheck__: true,
  })
  const pages = new Set([...PULL_DOWN_PAGES, ...TIMELINE_PAGES, ...TABS.map((t) => t.pagePath)])
  for (const p of pages) {
    write(`${p}.json`, {
      enablePullDownRefresh: PULL_DOWN_PAGES.includes(p),
      enableShareAppMessage: true,
      enableShareTimeline: TIMELINE_PAGES.includes(p),
    })
  }
  write('app.js', 'var m=o().getUpdateManager();m.onUpdateReady(function(){m.applyUpdate()});o().chooseMedia({})')
  write('project.config.json', { appid: 'touristappid', libVersion: '2.33.0' })
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-manners-'))
  goodBuild()
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

it('passes a build with every manner in place', () => {
  expect(checkWeappManners(dir).problems).toEqual([])
})

it('reads the share flags also from the page’s JS, where Taro puts them', () => {
  edit('pages/news/index.json', (j) => delete j.enableShareAppMessage)
  write('pages/news/index.js', 'Page(o(r,"pages/news/index",{root:{cn:[]}},{enableShareAppMessage:!0}))')
  expect(checkWeappManners(dir).problems).toEqual([])
  write('pages/news/index.js', 'Page(o(r,"pages/news/index",{root:{cn:[]}},{}))')
  expect(checkWeappManners(dir).problems).toEqual([
    'tab share: enableShareAppMessage is not true in the config of pages/news/index',
  ])
})

it('fails when a list page has no pull-down refresh', () => {
  edit('packages/community/reports/index.json', (j) => delete j.enablePullDownRefresh)
  expect(checkWeappManners(dir).problems).toEqual([
    'pull-down refresh: enablePullDownRefresh is not true in the config of packages/community/reports/index',
  ])
})

it('fails when a tab does not share', () => {
  edit('pages/parks/index.json', (j) => (j.enableShareAppMessage = false))
  expect(checkWeappManners(dir).problems).toEqual([
    'tab share: enableShareAppMessage is not true in the config of pages/parks/index',
  ])
})

it('fails when a detail page does not share to Moments', () => {
  edit('packages/services/guide/index.json', (j) => delete j.enableShareTimeline)
  expect(checkWeappManners(dir).problems).toEqual([
    'Moments share: enableShareTimeline is not true in the config of packages/services/guide/index',
  ])
})

it('fails without a preloadRule, or with one naming a subpackage that does not exist', () => {
  edit('app.json', (j) => delete j.preloadRule)
  expect(checkWeappManners(dir).problems).toEqual([
    expect.stringMatching(/^app.json preloadRule has no subpackage to preload for pages\/news\/index, /),
  ])
  goodBuild()
  edit('app.json', (j) => ((j.preloadRule as Record<string, unknown>)['pages/news/index'] = { packages: ['nope'] }))
  expect(checkWeappManners(dir).problems).toEqual([
    'app.json preloadRule has no subpackage to preload for pages/news/index',
  ])
})

it('fails when the app code does not use the update manager', () => {
  write('app.js', 'o().chooseMedia({})')
  expect(checkWeappManners(dir).problems).toEqual([
    'the app code does not use the update manager (getUpdateManager + applyUpdate)',
  ])
})

it('fails without a libVersion, or with one older than an API used', () => {
  edit('project.config.json', (j) => delete j.libVersion)
  expect(checkWeappManners(dir).problems).toEqual(['project.config.json sets no libVersion (the minimum base library)'])
  edit('project.config.json', (j) => (j.libVersion = '2.30.0'))
  expect(checkWeappManners(dir).problems).toEqual([
    'libVersion 2.30.0 is older than what the app uses: __usePrivacyCheck__ 2.32.3',
  ])
})

it('compares base library versions number by number', () => {
  expect(compareVersions('2.33.0', '2.32.3')).toBe(1)
  expect(compareVersions('2.9.4', '2.10.0')).toBe(-1)
  expect(compareVersions('3.0', '3.0.0')).toBe(0)
})
