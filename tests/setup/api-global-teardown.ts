// jest globalTeardown for the API tests: stops the temporary PostgreSQL server api-global-setup.ts started, if any.
import { API_GLOBAL_STATE, type ApiGlobalState } from './api-global-setup'

export default async function apiGlobalTeardown(): Promise<void> {
  const state = (globalThis as Record<symbol, unknown>)[API_GLOBAL_STATE] as ApiGlobalState | undefined
  await state?.postgres?.stop()
}
