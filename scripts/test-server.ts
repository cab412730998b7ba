// The built H5 app and the real API on a free port over a fresh in-memory database, for the scripts that open the app
// in a browser (e2e, Lighthouse, size): every browser context is a new device from 127.0.0.1 and one test resident may
// send dozens of reports, so the session and daily limits are lifted (tests/api covers them); the rest is production.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { DEFAULT_LIMITS, readConfig } from '../server/config'
import { openDatabase } from '../server/db/database'
import { randomPhotoUrlSecret } from '../server/http/photo-urls'
import { createHttpApp, startApi } from '../server/server'
import { H5_ROOT } from './serve'

export interface TestServer {
  base: string
  close(): Promise<void>
}

export async function startTestServer({ workerCodes = '' }: { workerCodes?: string } = {}): Promise<TestServer> {
  const limits = {
    ...DEFAULT_LIMITS,
    residentSessionsPerAddressPerHour: 100_000,
    residentSessionsPerHour: 100_000,
    reportsPerDay: 10_000,
  }
  const config = {
    ...readConfig({} as NodeJS.ProcessEnv, { dataDir: '(memory)' }),
    workerCodes,
    limits,
    // One process: a key of its own, given here so the start does not warn about a missing PHOTO_URL_SECRET.
    photoUrlSecret: randomPhotoUrlSecret(),
  }
  const database = await openDatabase({ memory: true })
  const api = await startApi({ config, database, logger: pino({ level: 'warn' }) })
  const server = createHttpApp(api.ctx, { staticDir: H5_ROOT }).listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await api.close()
      await database.close()
    },
  }
}
