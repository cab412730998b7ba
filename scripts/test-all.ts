// `npm test`: every check CI needs, in order, with each stage's time and one closing "N passed, N failed" line.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { clearCounts, readAllCounts, writeCounts } from './test-counts'

interface Stage {
  name: string
  command: string[]
  /** Stages that must have passed for this one to make sense. */
  needs?: string[]
  /** Runs after the stage, e.g. to record its test counts. */
  after?: () => void
  /** The stage records its own test counts (content, jest, api, api:pg, weapp-check, e2e); others count as one check. */
  countsTests?: boolean
  /** Environment added for this stage only. */
  env?: Record<string, string>
  /** A failure stops the run: nothing after it can work (missing system packages). */
  required?: boolean
}

const REPORTS = path.resolve(__dirname, '..', 'reports')
/** jest's --json report per jest stage: the app's unit + component tests, the API tests on each database. */
const JEST_REPORTS = {
  jest: path.join(REPORTS, 'jest.json'),
  api: path.join(REPORTS, 'jest-api.json'),
  'api:pg': path.join(REPORTS, 'jest-api-pg.json'),
}
type JestStage = keyof typeof JEST_REPORTS

function recordJestCounts(stage: JestStage): void {
  const file = JEST_REPORTS[stage]
  if (!fs.existsSync(file)) return
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number }
  writeCounts(stage.replace(':', '-'), { passed: report.numPassedTests, failed: report.numFailedTests })
}

const jestStage = (stage: JestStage, command: string[]): Stage => ({
  name: stage,
  command: [...command, '--ci', '--json', `--outputFile=${JEST_REPORTS[stage]}`],
  after: () => recordJestCounts(stage),
  countsTests: true,
})

/** A production weapp build will refuse a non-https API_BASE; CI builds against a placeholder that never resolves. */
const WEAPP_API_BASE = 'https://api.example.invalid'

const STAGES: Stage[] = [
  { name: 'system', command: ['npx', 'tsx', 'scripts/ensure-system-packages.ts'], required: true },
  { name: 'typecheck', command: ['npm', 'run', '-s', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '-s', 'lint'] },
  { name: 'content', command: ['npm', 'run', '-s', 'check:content'], countsTests: true },
  { name: 'coverage', command: ['npm', 'run', '-s', 'check:coverage'] },
  jestStage('jest', ['npx', 'jest']),
  jestStage('api', ['npm', 'run', '-s', 'test:api', '--']),
  jestStage('api:pg', ['npm', 'run', '-s', 'test:api:pg', '--']),
  { name: 'build:weapp', command: ['npm', 'run', '-s', 'build:weapp'], env: { API_BASE: WEAPP_API_BASE } },
  {
    name: 'weapp-check',
    command: ['npm', 'run', '-s', 'check:weapp'],
    needs: ['build:weapp'],
    countsTests: true,
    env: { API_BASE: WEAPP_API_BASE },
  },
  { name: 'build:h5', command: ['npm', 'run', '-s', 'build:h5'] },
  { name: 'e2e', command: ['npm', 'run', '-s', 'test:e2e'], needs: ['build:h5'], countsTests: true },
  { name: 'audit', command: ['npm', 'run', '-s', 'audit'], needs: ['build:h5'], countsTests: true },
  { name: 'size', command: ['npm', 'run', '-s', 'size'], needs: ['build:weapp', 'build:h5'] },
]

function run(): number {
  clearCounts()
  for (const file of Object.values(JEST_REPORTS)) fs.rmSync(file, { force: true })
  const results = new Map<string, { ok: boolean; seconds: number }>()
  for (const stage of STAGES) {
    if ([...results].some(([name, r]) => !r.ok && STAGES.find((s) => s.name === name)?.required)) {
      console.log(`\n▶ ${stage.name}: skipped (a required stage failed)`)
      results.set(stage.name, { ok: false, seconds: 0 })
      continue
    }
    const blocked = (stage.needs ?? []).filter((n) => !results.get(n)?.ok)
    if (blocked.length > 0) {
      console.log(`\n▶ ${stage.name}: skipped (needs ${blocked.join(', ')})`)
      results.set(stage.name, { ok: false, seconds: 0 })
      continue
    }
    const envText = Object.entries(stage.env ?? {}).map(([k, v]) => `${k}=${v} `)
    console.log(`\n▶ ${stage.name}: ${envText.join('')}${stage.command.join(' ')}`)
    const started = Date.now()
    const env = { ...process.env, ...stage.env }
    const child = spawnSync(stage.command[0], stage.command.slice(1), { stdio: 'inherit', env })
    stage.after?.()
    results.set(stage.name, { ok: child.status === 0, seconds: (Date.now() - started) / 1000 })
  }

  console.log('\nStage times:')
  let total = 0
  for (const [name, r] of results) {
    total += r.seconds
    console.log(`  ${r.ok ? '✓' : '✗'} ${name.padEnd(12)} ${r.seconds.toFixed(1).padStart(6)} s`)
  }
  console.log(`  total        ${total.toFixed(1).padStart(6)} s`)
  const failedStages = [...results].filter(([, r]) => !r.ok).map(([n]) => n)
  if (failedStages.length > 0) console.log(`Failed stages: ${failedStages.join(', ')}`)
  const tests = readAllCounts()
  // A test stage that failed without recording a failing test (it crashed) still counts as one failure.
  const crashed = STAGES.filter((s) => s.countsTests && !results.get(s.name)?.ok).length
  const checks = STAGES.filter((s) => !s.countsTests)
  const checksPassed = checks.filter((s) => results.get(s.name)?.ok).length
  const passed = tests.passed + checksPassed
  const failed = Math.max(tests.failed, crashed) + (checks.length - checksPassed)
  console.log(`${passed} passed, ${failed} failed`)
  return failedStages.length === 0 ? 0 : 1
}

process.exit(run())
