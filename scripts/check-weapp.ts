// `npm run check:weapp`: WeChat's own compiler, code-quality check and code analysis (miniprogram-ci, offline) on dist/weapp.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type * as MiniprogramCi from 'miniprogram-ci'
import { writeCounts } from './test-counts'
import { checkWeappManners } from './weapp-manners'

const ROOT = path.resolve(__dirname, '..')
/** dist/weapp, or another built weapp directory given as the first argument (e.g. a temp copy). */
const WEAPP = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist', 'weapp'))
/** Longest a single check may take before it counts as failed (offline: compile 2–6 s, the others < 1 s). */
const CHECK_TIMEOUT_MS = 90_000
/** Loaded in main(), quietly: the package announces itself on stdout as it loads. */
let ci: typeof MiniprogramCi
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
/** compile, code quality, unused files, API_BASE, privacy check + chooseMedia, WeChat manners. */
const CHECKS = 6

/** The WeChat files that take part in the dependency graph (miniprogram-ci's own notion of a code file). */
const CODE_FILE = /\.(json|wxml|wxss|js|wxs)$/

/** Readable names for checkCodeQuality's items; unknown ones print under their own name. */
const QUALITY_LABELS: Record<string, string> = {
  PACKAGE_SIZE_LIMIT: 'main package ≤ 1.5 MB',
  JS_COMPRESS_OPEN: 'JS minified on upload',
  WXML_COMPRESS_OPEN: 'WXML minified on upload',
  WXSS_COMPRESS_OPEN: 'WXSS minified on upload',
  LAZYCODE_LOADING_OPEN: 'lazyCodeLoading on',
  IMAGE_AND_AUDIO_LIMIT: 'images + audio < 200 KB',
  CONTAINS_OTHER_PKG_JS: 'no main-package JS used only by subpackages',
  CONTAINS_OTHER_PKG_COMPONENTS: 'no main-package components used only by subpackages',
  CONTAINS_UNUSED_PLUGINS: 'no unused plugins',
  CONTAINS_UNUSED_COMPONENTS: 'no unused components',
  CONTAINS_UNUSED_CODES: 'no unused code files',
}

interface CheckResult {
  name: string
  ok: boolean
  summary: string
  seconds: number
}

/**
 * miniprogram-ci chatters on stdout/stderr (compiler start-up, a failed fetch of its file-type whitelist).
 * Hold that back while a check runs and show it only when the check fails.
 */
async function quietly<T>(run: () => Promise<T>): Promise<{ value?: T; error?: unknown; log: string }> {
  const chunks: string[] = []
  const out = process.stdout.write.bind(process.stdout)
  const err = process.stderr.write.bind(process.stderr)
  const capture = (chunk: unknown) => {
    chunks.push(String(chunk))
    return true
  }
  process.stdout.write = capture as typeof process.stdout.write
  process.stderr.write = capture as typeof process.stderr.write
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS / 1000} s`)), CHECK_TIMEOUT_MS)
    })
    return { value: await Promise.race([run(), timeout]), log: chunks.join('') }
  } catch (error) {
    return { error, log: chunks.join('') }
  } finally {
    clearTimeout(timer)
    process.stdout.write = out
    process.stderr.write = err
  }
}

/** The compiler's errors carry the file they are about in `path`; multi-line messages are indented under the check. */
function describeError(error: unknown): string {
  let message = String(error)
  if (typeof error === 'object' && error !== null) {
    const { message: text, path: file } = error as { message?: unknown; path?: unknown }
    message = typeof text === 'string' ? text : JSON.stringify(error)
    if (typeof file === 'string' && !message.includes(file)) message = `${file}: ${message}`
  }
  return message.trimEnd().replace(/\n/g, '\n      ')
}

/** What miniprogram-ci printed while a check failed, indented, for the reader to dig into. */
function showLog(log: string): void {
  if (log.trim()) console.log(`    miniprogram-ci said:\n${log.trimEnd().replace(/^/gm, '      ')}`)
}

const shown = (dir: string) =>
  path.relative(process.cwd(), dir).startsWith('..') ? dir : path.relative(process.cwd(), dir) || '.'

async function timed(name: string, body: () => Promise<{ ok: boolean; summary: string }>): Promise<CheckResult> {
  console.log(`\n▶ ${name}`)
  const started = Date.now()
  const result = await body()
  const seconds = (Date.now() - started) / 1000
  console.log(`  ${result.ok ? '✓' : '✗'} ${name}: ${result.summary} (${seconds.toFixed(1)} s)`)
  return { name, ...result, seconds }
}

/** 1. WeChat's compiler over the whole package, as an upload would run it (project.config.json's settings). */
async function checkCompile(project: MiniprogramCi.Project) {
  const { value, error, log } = await quietly(() =>
    ci.getCompiledResult({ project, version: '0.0.0', setting: { useProjectConfig: true } }),
  )
  if (!value) {
    showLog(log)
    return { ok: false, summary: `getCompiledResult failed: ${describeError(error)}` }
  }
  const files = Object.entries(value)
  const bytes = files.reduce((n, [, content]) => n + content.length, 0)
  return { ok: true, summary: `compiled ${files.length} files, ${kb(bytes)} in all, no errors` }
}

/** 2. The code-quality panel of DevTools' upload dialog. */
async function checkQuality(project: MiniprogramCi.Project) {
  const { value, error, log } = await quietly(() => ci.checkCodeQuality(project))
  if (!value) {
    showLog(log)
    return { ok: false, summary: `checkCodeQuality failed: ${describeError(error)}` }
  }
  for (const item of value) {
    const name = item.name ?? '?'
    let detail = ''
    if (name === 'PACKAGE_SIZE_LIMIT' && item.detail) {
      detail = Object.entries(item.detail as Record<string, number>)
        .map(([pkg, bytes]) => `${pkg === '__APP__' ? 'main' : pkg} ${kb(bytes)}`)
        .join(', ')
    } else if (Array.isArray(item.detail) && item.detail.length > 0) {
      detail = (item.detail as unknown[]).map(String).join(', ')
    } else if (item.detail && Array.isArray((item.detail as { files?: unknown[] }).files)) {
      const files = (item.detail as { files: unknown[] }).files
      if (files.length > 0) detail = files.map(String).join(', ')
    }
    const label = QUALITY_LABELS[name] ?? name
    console.log(
      `    ${item.success ? '✓' : '✗'} ${label.padEnd(52)} ${item.success ? 'pass' : 'FAIL'}${detail ? `  (${detail})` : ''}`,
    )
    if (item.success && name === 'CONTAINS_UNUSED_CODES' && detail) {
      // WeChat passes this item unless project.config.json sets ignoreUploadUnusedFiles: false (DevTools then
      // leaves those files out of the upload); the analyseCode check below is the one that fails on them.
      console.log(
        '        WeChat passes this one anyway (unused files are left out of uploads); analyseCode fails on them',
      )
    }
    if (!item.success) console.log(`        WeChat says: ${item.text ?? ''} ${item.docURL ?? ''}`.trimEnd())
  }
  const failed = value.filter((item) => !item.success)
  if (value.length === 0) return { ok: false, summary: 'checkCodeQuality returned no checks' }
  return failed.length === 0
    ? { ok: true, summary: `all ${value.length} checks pass` }
    : {
        ok: false,
        summary: `${failed.length} of ${value.length} failed: ${failed.map((i) => QUALITY_LABELS[i.name ?? ''] ?? i.name).join('; ')}`,
      }
}

/**
 * 3. Code analysis: every code file must be reached from app.json (miniprogram-ci's dependency graph), and every
 * other file (images, fonts…), which the graph does not follow, must be named by some code file.
 */
async function checkUnused(project: MiniprogramCi.Project) {
  const { value, error, log } = await quietly(() => ci.analyseCode(project, { silent: true }))
  if (!value) {
    showLog(log)
    return { ok: false, summary: `analyseCode failed: ${describeError(error ?? 'no result')}` }
  }
  const inGraph = new Set(value.modules.map((m) => m.path))
  const codeFiles = value.files.filter((f) => CODE_FILE.test(f.path))
  const unusedCode = codeFiles.filter((f) => !inGraph.has(f.path)).map((f) => f.path)
  const codeText = codeFiles.map((f) => fs.readFileSync(path.join(WEAPP, f.path), 'utf8')).join('\n')
  const unusedAssets = value.files
    .filter((f) => !CODE_FILE.test(f.path))
    .filter((f) => !codeText.includes(f.path) && !codeText.includes(path.posix.basename(f.path)))
    .map((f) => f.path)
  const main = value.files.filter((f) => !f.subPackage)
  const mainBytes = main.reduce((n, f) => n + f.size, 0)
  const subPackages = new Set(value.files.map((f) => f.subPackage).filter(Boolean))
  console.log(
    `    ${value.files.length} files, ${value.modules.length} in the dependency graph; main package ${main.length} files, ` +
      `${kb(mainBytes)} before upload minification; ${subPackages.size} subpackages`,
  )
  const unused = [...unusedCode, ...unusedAssets]
  for (const file of unusedCode) console.log(`    ✗ unused code file: ${file}`)
  for (const file of unusedAssets) console.log(`    ✗ unused asset (no code file names it): ${file}`)
  return unused.length === 0
    ? { ok: true, summary: `no unused files; main package ${kb(mainBytes)}` }
    : { ok: false, summary: `${unused.length} unused file(s): ${unused.join(', ')}` }
}

/**
 * The build talks to the API it was built for: API_BASE (as `npm test` passes it to both the build and this check)
 * is compiled into the package's JS, so a phone's requests and uploads go there.
 */
async function checkApiBase(): Promise<Pick<CheckResult, 'ok' | 'summary'>> {
  const base = (process.env.API_BASE ?? '').trim().replace(/\/+$/, '')
  if (!base) return { ok: false, summary: 'API_BASE is not set for this check (npm test sets it for build and check)' }
  const js = listJs(WEAPP).filter((f) => fs.readFileSync(f, 'utf8').includes(JSON.stringify(base)))
  return js.length > 0
    ? { ok: true, summary: `${base} compiled into ${js.map((f) => path.relative(WEAPP, f)).join(', ')}` }
    : { ok: false, summary: `${base} appears in no JS file of the build: was it built with this API_BASE?` }
}

/** Taro's and webpack's own files: they name many wx APIs the app never calls. */
const RUNTIME_JS = new Set(['taro.js', 'vendors.js', 'runtime.js', 'comp.js'])

/**
 * WeChat's privacy authorization is declared (app.json's __usePrivacyCheck__), and photos are picked with chooseMedia:
 * the app's code calls it and nowhere calls chooseImage, which WeChat no longer maintains.
 */
async function checkPrivacyAndPicker(): Promise<Pick<CheckResult, 'ok' | 'summary'>> {
  const app = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as { __usePrivacyCheck__?: unknown }
  const appJs = listJs(WEAPP).filter((f) => !RUNTIME_JS.has(path.relative(WEAPP, f)))
  const calling = (api: string) =>
    appJs.filter((f) => fs.readFileSync(f, 'utf8').includes(`.${api}(`)).map((f) => path.relative(WEAPP, f))
  const media = calling('chooseMedia')
  const image = calling('chooseImage')
  const problems = [
    app.__usePrivacyCheck__ === true ? '' : 'app.json does not set __usePrivacyCheck__: true',
    media.length > 0 ? '' : 'no code calls chooseMedia',
    image.length === 0 ? '' : `chooseImage is still called in ${image.join(', ')}`,
  ].filter(Boolean)
  return problems.length === 0
    ? { ok: true, summary: `__usePrivacyCheck__ on; chooseMedia in ${media.join(', ')}; no chooseImage` }
    : { ok: false, summary: problems.join('; ') }
}

/**
 * The everyday WeChat manners (scripts/weapp-manners.ts): pull-down refresh on the list pages, share on every tab, to
 * Moments from detail pages, a preloadRule, the update manager, and a libVersion that has every API used.
 */
async function checkManners(): Promise<Pick<CheckResult, 'ok' | 'summary'>> {
  const { problems, found } = checkWeappManners(WEAPP)
  for (const problem of problems) console.log(`    ✗ ${problem}`)
  return problems.length === 0
    ? { ok: true, summary: found.join('; ') }
    : { ok: false, summary: `${problems.length} missing: ${problems.join('; ')}` }
}

function listJs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? listJs(full) : e.name.endsWith('.js') ? [full] : []
  })
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(WEAPP, 'app.json'))) {
    console.error(`No ${shown(path.join(WEAPP, 'app.json'))}: run npm run build:weapp first`)
    return 1
  }
  const started = Date.now()
  const loaded = await quietly(() => import('miniprogram-ci'))
  if (!loaded.value) throw loaded.error
  ci = loaded.value
  const { appid } = JSON.parse(fs.readFileSync(path.join(WEAPP, 'project.config.json'), 'utf8')) as { appid: string }
  // The CI API wants a private key file even for offline work; a throwaway one, never committed, does.
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-weapp-'))
  const privateKeyPath = path.join(keyDir, `private.${appid}.key`)
  fs.writeFileSync(privateKeyPath, 'dummy key: offline checks only\n')
  // Also on an early exit (a crash, a closed pipe), not only at the end of the checks.
  process.on('exit', () => fs.rmSync(keyDir, { recursive: true, force: true }))
  // Offline on purpose: miniprogram-ci's only request here (its file-type whitelist) goes to a closed local port,
  // fails at once, and the built-in list is used; nothing leaves the machine and nothing waits on a network timeout.
  await quietly(async () => ci.proxy('http://127.0.0.1:9'))

  const results: CheckResult[] = []
  try {
    console.log(`check:weapp on ${shown(WEAPP)} (appid ${appid}), miniprogram-ci offline`)
    const project = new ci.Project({ appid, type: 'miniProgram', projectPath: WEAPP, privateKeyPath })
    // Project attributes (size limits, tab bar limits…) normally come from WeChat's servers: use the package defaults.
    project.attr = async () => ci.DefaultProjectAttr
    results.push(await timed('compile (getCompiledResult)', () => checkCompile(project)))
    results.push(await timed('code quality (checkCodeQuality)', () => checkQuality(project)))
    results.push(await timed('unused files (analyseCode)', () => checkUnused(project)))
    results.push(await timed('requests go to API_BASE', checkApiBase))
    results.push(await timed('privacy check + chooseMedia', checkPrivacyAndPicker))
    results.push(await timed('WeChat manners (refresh, share…)', checkManners))
  } finally {
    fs.rmSync(keyDir, { recursive: true, force: true })
  }

  const passed = results.filter((r) => r.ok).length
  const failed = CHECKS - passed
  writeCounts('weapp', { passed, failed })
  console.log('\nWeChat compile check:')
  for (const r of results) {
    console.log(`  ${r.ok ? '✓' : '✗'} ${r.name.padEnd(32)} ${r.seconds.toFixed(1).padStart(5)} s  ${r.summary}`)
  }
  console.log(`  ${passed} of ${CHECKS} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const failedNames = results.filter((r) => !r.ok).map((r) => r.name)
  if (failed > 0) console.error(`check:weapp failed: ${failedNames.join(', ') || 'a check did not run'}`)
  return failed === 0 ? 0 : 1
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(`check:weapp crashed: ${describeError(error)}`)
    process.exit(1)
  })
