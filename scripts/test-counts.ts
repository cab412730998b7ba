// Each test stage records how many tests passed and failed, so `npm test` can print one total.
import fs from 'node:fs'
import path from 'node:path'

export interface Counts {
  passed: number
  failed: number
}

export const COUNTS_DIR = path.resolve(__dirname, '..', 'reports', 'test-counts')

export function writeCounts(stage: string, counts: Counts): void {
  fs.mkdirSync(COUNTS_DIR, { recursive: true })
  fs.writeFileSync(path.join(COUNTS_DIR, `${stage}.json`), JSON.stringify(counts))
}

/** Sums every stage's counts; a missing or unreadable file counts nothing. */
export function readAllCounts(): Counts {
  if (!fs.existsSync(COUNTS_DIR)) return { passed: 0, failed: 0 }
  return fs
    .readdirSync(COUNTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .reduce<Counts>(
      (sum, f) => {
        try {
          const c = JSON.parse(fs.readFileSync(path.join(COUNTS_DIR, f), 'utf8')) as Counts
          return { passed: sum.passed + c.passed, failed: sum.failed + c.failed }
        } catch {
          return sum
        }
      },
      { passed: 0, failed: 0 },
    )
}

export function clearCounts(): void {
  fs.rmSync(COUNTS_DIR, { recursive: true, force: true })
}
