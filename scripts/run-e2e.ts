// `npm run test:e2e`: serves dist/h5 and the real API (on a fresh embedded database) on a free port, runs
// tests/e2e/*.test.ts with node's test runner, records counts.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { startTestServer } from './test-server'

const ROOT = path.resolve(__dirname, '..')
const E2E_DIR = path.join(ROOT, 'tests', 'e2e')
const COUNTS_FILE = path.join(ROOT, 'reports', 'test-counts', 'e2e.json')
/**
 * A hung browser must not hang CI: no test may take longer than this. node's --test-timeout also bounds each file as a
 * whole, and the quality file checks 14 pages in two modes, so it is minutes, not seconds.
 */
const TEST_TIMEOUT_MS = 240_000

/** Reads "# pass N", "# fail N" and "# cancelled N" from the TAP summary; a cancelled test (e.g. its before() hook threw) is a failure. */
function parseCounts(tap: string): { passed: number; failed: number } | null {
  const count = (label: string) => {
    const match = new RegExp(`^# ${label} (\\d+)\\s*$`, 'm').exec(tap)
    return match ? Number(match[1]) : null
  }
  const passed = count('pass')
  const failed = count('fail')
  if (passed === null || failed === null) return null
  return { passed, failed: failed + (count('cancelled') ?? 0) }
}

function writeCounts(counts: { passed: number; failed: number }): void {
  fs.mkdirSync(path.dirname(COUNTS_FILE), { recursive: true })
  fs.writeFileSync(COUNTS_FILE, JSON.stringify(counts))
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'h5', 'index.html'))) {
    console.error('dist/h5/index.html is missing: run npm run build:h5 first')
    return 1
  }
  // `npm run test:e2e -- tests/e2e/parks.test.ts` runs just the named files.
  const named = process.argv.slice(2).filter((f) => f.endsWith('.test.ts'))
  const files =
    named.length > 0
      ? named
      : fs
          .readdirSync(E2E_DIR)
          .filter((f) => f.endsWith('.test.ts'))
          .sort()
          .map((f) => path.join('tests', 'e2e', f))
  if (files.length === 0) {
    console.error('no tests/e2e/*.test.ts files found')
    return 1
  }

  // A signed-up worker (account + passphrase) for the tests that need one, and the admin command for those that invite.
  const server = await startTestServer({ worker: true, adminRoute: true })
  const { login: E2E_WORKER_LOGIN, passphrase: E2E_WORKER_PASSPHRASE } = server.worker!
  const baseUrl = server.base
  console.log(`e2e: serving dist/h5 and the API at ${baseUrl}`)

  const started = Date.now()
  // TAP on purpose: its "# pass N" summary is the same whatever node's default reporter is.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=tap', `--test-timeout=${TEST_TIMEOUT_MS}`, ...files],
    {
      cwd: ROOT,
      env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_WORKER_LOGIN, E2E_WORKER_PASSPHRASE },
      stdio: ['inherit', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    process.stdout.write(chunk)
  })
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk))
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)

  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null]
  await server.close()

  const parsed = parseCounts(output)
  // No summary means the runner itself died: record that as one failure rather than "0 failed".
  const counts = parsed ?? { passed: 0, failed: 1 }
  writeCounts(counts)
  const exitCode = code ?? (signal ? 1 : 0)
  console.log(
    `e2e: ${counts.passed} passed, ${counts.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      (parsed ? '' : ' (no test summary: the runner did not finish)') +
      ` → ${path.relative(ROOT, COUNTS_FILE)}`,
  )
  return exitCode === 0 && counts.failed === 0 ? 0 : exitCode || 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
