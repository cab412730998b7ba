// The everyday WeChat manners of a built weapp, read from its JSON and JS (used by check-weapp.ts, tested on fixtures):
// pull-down refresh where lists are, share from every tab and to Moments from detail pages, a preload rule, the update
// manager, and a minimum base library that has every API the app calls.
import fs from 'node:fs'
import path from 'node:path'
import { TABS } from '../src/app/tabs'
import { ARTICLE_PAGE, GUIDE_PAGE, NOTICE_PAGE, PARK_PAGE, REPORTS_PAGE, WORKER_PAGE } from '../src/domain/routes'

/** Pages whose lists reload when pulled down: 社区通知 (the 月湾湖 tab), 我的报告, the workers' desk. */
export const PULL_DOWN_PAGES = ['pages/community/index', REPORTS_PAGE, WORKER_PAGE]
/** Pages shared to Moments. */
export const TIMELINE_PAGES = [ARTICLE_PAGE, GUIDE_PAGE, PARK_PAGE, NOTICE_PAGE]

/**
 * The base library each API (or app.json key) the app relies on needs, from WeChat's documentation. The newest is the
 * privacy authorization (2.32.3); libVersion must be at least the highest one the built code uses.
 */
export const MIN_BASE_LIBRARY: Record<string, string> = {
  __usePrivacyCheck__: '2.32.3',
  onNeedPrivacyAuthorization: '2.32.3',
  onShareTimeline: '2.11.3',
  chooseMedia: '2.10.0',
  getEnterOptionsSync: '2.9.4',
  requestSubscribeMessage: '2.4.4',
  getAppBaseInfo: '2.20.1',
  getDeviceInfo: '2.20.1',
  preloadRule: '2.3.0',
  getUpdateManager: '1.9.90',
}

/** -1, 0 or 1 as version a is below, equal to or above b (dotted numbers). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  return 0
}

const readJson = (file: string): Record<string, unknown> | null => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch {
    return null
  }
}

function listJs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? listJs(full) : e.name.endsWith('.js') ? [full] : []
  })
}

/** Taro's and webpack's own files: they name many wx APIs the app never calls. */
const RUNTIME_JS = new Set(['taro.js', 'vendors.js', 'runtime.js', 'comp.js'])

export interface MannersResult {
  problems: string[]
  /** What was found, for the summary line. */
  found: string[]
}

/** Checks the built weapp in `dir`; every problem is one plain sentence. */
export function checkWeappManners(dir: string): MannersResult {
  const problems: string[] = []
  const found: string[] = []
  const page = (p: string) => readJson(path.join(dir, `${p}.json`))
  const pageJs = (p: string) => {
    const file = path.join(dir, `${p}.js`)
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  }
  /**
   * A page config flag: in the page's JSON, or in its JS — Taro moves the share flags into the page's own config
   * (createPageConfig), where they make the page define onShareAppMessage / onShareTimeline for WeChat.
   */
  const enabled = (p: string, key: string) =>
    page(p)?.[key] === true || new RegExp(`\\b${key}:(!0|true)\\b`).test(pageJs(p))
  const flag = (pages: string[], key: string, what: string) => {
    const missing = pages.filter((p) => !enabled(p, key))
    if (missing.length > 0) problems.push(`${what}: ${key} is not true in the config of ${missing.join(', ')}`)
    else found.push(`${what} (${pages.length})`)
  }
  flag(PULL_DOWN_PAGES, 'enablePullDownRefresh', 'pull-down refresh')
  flag(
    TABS.map((t) => t.pagePath),
    'enableShareAppMessage',
    'tab share',
  )
  flag(TIMELINE_PAGES, 'enableShareTimeline', 'Moments share')

  const app = readJson(path.join(dir, 'app.json')) ?? {}
  const rule = (app.preloadRule ?? {}) as Record<string, { packages?: unknown; network?: unknown }>
  const roots = new Set(((app.subPackages ?? app.subpackages ?? []) as { root: string }[]).map((s) => s.root))
  const tabsWithout = TABS.filter(({ pagePath }) => {
    const packages = rule[pagePath]?.packages
    return !Array.isArray(packages) || packages.length === 0 || !packages.every((p) => roots.has(String(p)))
  })
  if (tabsWithout.length > 0) {
    problems.push(
      `app.json preloadRule has no subpackage to preload for ${tabsWithout.map((t) => t.pagePath).join(', ')}`,
    )
  } else found.push('preloadRule on every tab')

  const appJs = fs.existsSync(dir) ? listJs(dir).filter((f) => !RUNTIME_JS.has(path.relative(dir, f))) : []
  const code = appJs.map((f) => fs.readFileSync(f, 'utf8')).join('\n')
  const calls = (api: string) => code.includes(`.${api}(`)
  if (!calls('getUpdateManager') || !calls('applyUpdate')) {
    problems.push('the app code does not use the update manager (getUpdateManager + applyUpdate)')
  } else found.push('update manager')

  const project = readJson(path.join(dir, 'project.config.json')) ?? {}
  const libVersion = typeof project.libVersion === 'string' ? project.libVersion : ''
  const sharesToMoments = TIMELINE_PAGES.some((p) => enabled(p, 'enableShareTimeline'))
  const used = Object.entries(MIN_BASE_LIBRARY).filter(([api]) => {
    if (api === '__usePrivacyCheck__' || api === 'preloadRule') return api in app
    if (api === 'onShareTimeline') return sharesToMoments
    return calls(api)
  })
  const needed = used.reduce((max, [, v]) => (compareVersions(v, max) > 0 ? v : max), '0.0.0')
  if (!libVersion) problems.push('project.config.json sets no libVersion (the minimum base library)')
  else if (compareVersions(libVersion, needed) < 0) {
    const newer = used.filter(([, v]) => compareVersions(v, libVersion) > 0).map(([api, v]) => `${api} ${v}`)
    problems.push(`libVersion ${libVersion} is older than what the app uses: ${newer.join(', ')}`)
  } else found.push(`libVersion ${libVersion} ≥ ${needed}`)
  return { problems, found }
}
