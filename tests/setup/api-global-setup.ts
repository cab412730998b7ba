// jest globalSetup for the API tests: with TEST_DATABASE=postgres, a temporary PostgreSQL server whose URL the workers
// inherit as TEST_DATABASE_URL; otherwise TEST_DATABASE_URL is cleared so the tests use the embedded database.
import { startPostgres, type RunningPostgres } from '../support/postgres'

/** Shared with api-global-teardown.ts (globalSetup and globalTeardown run in the same jest process). */
export interface ApiGlobalState {
  postgres?: RunningPostgres
}
export const API_GLOBAL_STATE = Symbol.for('yuewanhu.api-tests.global-state')

export default async function apiGlobalSetup(): Promise<void> {
  const state: ApiGlobalState = {}
  ;(globalThis as Record<symbol, unknown>)[API_GLOBAL_STATE] = state
  const mode = process.env.TEST_DATABASE ?? 'embedded'
  if (mode === 'embedded') {
    delete process.env.TEST_DATABASE_URL
    return
  }
  if (mode !== 'postgres') throw new Error(`TEST_DATABASE is "${mode}": use "postgres" or leave it unset (embedded)`)
  if (process.env.TEST_DATABASE_URL) {
    console.log(`\nAPI tests on the PostgreSQL server given in TEST_DATABASE_URL`)
    return
  }
  const started = Date.now()
  state.postgres = await startPostgres()
  process.env.TEST_DATABASE_URL = state.postgres.url
  console.log(
    `\nAPI tests on a temporary PostgreSQL server at ${state.postgres.url} (${Date.now() - started} ms to start)`,
  )
}
