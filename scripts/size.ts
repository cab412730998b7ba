// `npm run size`: weapp output and main-package size, largest files, and the gzipped JS the H5 app's first page loads; fails over budget.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'
import { startTestServer } from './test-server'
import budgets from '../budgets.json'
import { TABS } from '../src/app/tabs'

const ROOT = path.resolve(__dirname, '..')
const WEAPP = path.join(ROOT, 'dist', 'weapp')
const H5 = path.join(ROOT, 'dist', 'h5')
const kb = (bytes: number) => (bytes / 1024).toFixed(1)

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

function weappSizes() {
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
    subpackages?: { root: string }[]
  }
  const subRoots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'))
  const files = listFiles(WEAPP)
    .filter((f) => !f.endsWith('.map'))
    .map((f) => ({ file: path.relative(WEAPP, f), bytes: fs.statSync(f).size }))
  const main = files.filter((f) => !subRoots.some((root) => f.file.startsWith(root)))
  const sum = (list: typeof files) => list.reduce((n, f) => n + f.bytes, 0)
  return { total: sum(files), main: sum(main), largest: [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 5) }
}

interface FirstLoad {
  tab: string
  gzip: number
  files: string[]
}

/**
 * Opens each tab as a first visit in Chromium and sums the gzipped size of every script it loads. The first (the
 * app's address without a route) is the one the budget holds; a shared link to another tab also loads that tab's own
 * page chunk, printed beside it.
 */
async function h5FirstLoadJs(): Promise<FirstLoad[]> {
  const server = await startTestServer()
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })
  try {
    const loads: FirstLoad[] = []
    for (const [i, tab] of TABS.entries()) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
      const scripts = new Set<string>()
      page.on('response', (r) => {
        const url = new URL(r.url())
        if (url.pathname.endsWith('.js')) scripts.add(url.pathname)
      })
      await page.goto(i === 0 ? `${server.base}/` : `${server.base}/#/${tab.pagePath}`, { waitUntil: 'networkidle' })
      await page.close()
      const files = [...scripts].sort()
      const gzip = files.reduce((n, p) => n + zlib.gzipSync(fs.readFileSync(path.join(H5, p)), { level: 9 }).length, 0)
      loads.push({ tab: tab.text, gzip, files })
    }
    return loads
  } finally {
    await browser.close()
    await server.close()
  }
}

async function main(): Promise<void> {
  const weapp = weappSizes()
  const [h5, ...otherTabs] = await h5FirstLoadJs()
  console.log(`weapp output:        ${kb(weapp.total)} KB (without source maps)`)
  console.log(
    `weapp main package:  ${kb(weapp.main)} KB  (budget ${budgets.weappMainPackageKB} KB, aim ${budgets.weappMainPackageAimKB} KB)`,
  )
  console.log('weapp largest files:')
  for (const f of weapp.largest) console.log(`  ${kb(f.bytes).padStart(7)} KB  ${f.file}`)
  console.log(
    `H5 first-load JS:    ${kb(h5.gzip)} KB gzipped over ${h5.files.length} files, ${h5.tab}  (budget ${budgets.h5FirstLoadJsGzipKB} KB, aim ${budgets.h5FirstLoadJsGzipAimKB} KB)`,
  )
  for (const load of otherTabs)
    console.log(`  opened at ${load.tab}:  ${kb(load.gzip)} KB gzipped over ${load.files.length} files (not gated)`)
  const over = [
    weapp.main / 1024 > budgets.weappMainPackageKB && 'weapp main package',
    h5.gzip / 1024 > budgets.h5FirstLoadJsGzipKB && 'H5 first-load JS',
  ].filter(Boolean)
  if (over.length > 0) {
    console.error(`Over budget: ${over.join(', ')}`)
    process.exit(1)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
