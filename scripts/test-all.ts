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
  /** The stage records its own test counts (content, jest, weapp-check, e2e); other stages count as one check each. */
  countsTests?: boolean
}

const JEST_REPORT = path.resolve(__dirname, '..', 'reports', 'jest.json')

function recordJestCounts(): void {
  if (!fs.existsSync(JEST_REPORT)) return
  const report = JSON.parse(fs.readFileSync(JEST_REPORT, 'utf8')) as { numPassedTests: number; numFailedTests: number }
  writeCounts('jest', { passed: report.numPassedTests, failed: report.numFailedTests })
}

const STAGES: Stage[] = [
  { name: 'typecheck', command: ['npm', 'run', '-s', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '-s', 'lint'] },
  { name: 'content', command: ['npm', 'run', '-s', 'check:content'], countsTests: true },
  {
    name: 'jest',
    command: ['npx', 'jest', '--ci', '--json', `--outputFile=${JEST_REPORT}`],
    after: recordJestCounts,
    countsTests: true,
  },
  { name: 'build:weapp', command: ['npm', 'run', '-s', 'build:weapp'] },
  { name: 'weapp-check', command: ['npm', 'run', '-s', 'check:weapp'], needs: ['build:weapp'], countsTests: true },
  { name: 'build:h5', command: ['npm', 'run', '-s', 'build:h5'] },
  { name: 'e2e', command: ['npm', 'run', '-s', 'test:e2e'], needs: ['build:h5'], countsTests: true },
  { name: 'audit', command: ['npm', 'run', '-s', 'audit'], needs: ['build:h5'], countsTests: true },
  { name: 'size', command: ['npm', 'run', '-s', 'size'], needs: ['build:weapp', 'build:h5'] },
]

function run(): number {
  clearCounts()
  fs.rmSync(JEST_REPORT, { force: true })
  const results = new Map<string, { ok: boolean; seconds: number }>()
  for (const stage of STAGES) {
    const blocked = (stage.needs ?? []).filter((n) => !results.get(n)?.ok)
    if (blocked.length > 0) {
      console.log(`\n▶ ${stage.name}: skipped (needs ${blocked.join(', ')})`)
      results.set(stage.name, { ok: false, seconds: 0 })
      continue
    }
    console.log(`\n▶ ${stage.name}: ${stage.command.join(' ')}`)
    const started = Date.now()
    const child = spawnSync(stage.command[0], stage.command.slice(1), { stdio: 'inherit', env: process.env })
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
