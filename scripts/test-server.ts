// The built H5 app and the real API on a free port over a fresh in-memory database, for the scripts that open the app
// in a browser (e2e, Lighthouse, size): every browser context is a new device from 127.0.0.1 and one test resident may
// send dozens of reports, so the session and daily limits are lifted (tests/api covers them); the rest is production.
// `worker: true` adds a signed-up worker (account + passphrase); `adminRoute: true` answers POST /__test/admin
// { argv } with what `npm run admin -- …argv` prints — test-only, on loopback, never part of the server.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import express from 'express'
import pino from 'pino'
import { AdminError, addWorker } from '../server/admin/workers'
import { runAdmin } from '../server/cli/admin'
import { DEFAULT_LIMITS, readConfig } from '../server/config'
import { openDatabase } from '../server/db/database'
import { randomPhotoUrlSecret } from '../server/http/photo-urls'
import { createHttpApp, startApi } from '../server/server'
import { hashPassphrase, redeemInvite } from '../server/store/workers'
import { H5_ROOT } from './serve'

export const TEST_ADMIN_PATH = '/__test/admin'

export interface TestServer {
  base: string
  /** The signed-up worker (with `worker: true`). */
  worker: { login: string; passphrase: string; name: string } | null
  close(): Promise<void>
}

export interface TestServerOptions {
  worker?: boolean
  adminRoute?: boolean
}

export async function startTestServer({
  worker = false,
  adminRoute = false,
}: TestServerOptions = {}): Promise<TestServer> {
  const limits = {
    ...DEFAULT_LIMITS,
    residentSessionsPerAddressPerHour: 100_000,
    residentSessionsPerHour: 100_000,
    reportsPerDay: 10_000,
  }
  const config = {
    ...readConfig({} as NodeJS.ProcessEnv, { dataDir: '(memory)' }),
    limits,
    // One process: a key of its own, given here so the start does not warn about a missing PHOTO_URL_SECRET.
    photoUrlSecret: randomPhotoUrlSecret(),
  }
  const database = await openDatabase({ memory: true })
  const api = await startApi({ config, database, logger: pino({ level: 'warn' }) })
  let account: TestServer['worker'] = null
  if (worker) {
    const added = await addWorker(database.db, { community: config.community.id, name: '测试社工' })
    const passphrase = 'e2e-worker-passphrase'
    await redeemInvite(database.db, added.invite.code, { passphraseHash: await hashPassphrase(passphrase) }, new Date())
    account = { login: added.login, passphrase, name: added.name }
  }
  const app = express()
  if (adminRoute) {
    app.post(TEST_ADMIN_PATH, express.json(), (req, res) => {
      runAdmin(database, (req.body as { argv: string[] }).argv).then(
        (output) => res.json({ output }),
        (error: unknown) => res.status(error instanceof AdminError ? 400 : 500).json({ error: String(error) }),
      )
    })
  }
  app.use(createHttpApp(api.ctx, { staticDir: H5_ROOT }))
  const server = app.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    worker: account,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await api.close()
      await database.close()
    },
  }
}
