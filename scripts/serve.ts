// One Node server for e2e tests and demos: the built H5 app (gzipped) and the mock API on one port.
import path from 'node:path'
import fs from 'node:fs'
import express from 'express'
import compression from 'compression'
import { defaultApiContext } from '../mock/context'
import { mountRoutes, type MountOptions } from '../mock/mount-routes'

const ROOT = path.resolve(__dirname, '..', 'dist', 'h5')

/** Builds the express app; exported so tests can start it on any port (with their own API context, if they like). */
export function createServer(options: MountOptions = {}): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.use(compression())
  mountRoutes(app, options)
  app.use(express.static(ROOT, { maxAge: '1h', index: 'index.html' }))
  return app
}

if (require.main === module) {
  if (!fs.existsSync(path.join(ROOT, 'index.html'))) {
    console.error('dist/h5 is missing: run `npm run build:h5` first.')
    process.exit(1)
  }
  const port = Number(process.env.PORT ?? 8080)
  // The API's store and worker codes from DATA_DIR and WORKER_CODES, opened now so a bad store.json stops the start.
  createServer({ context: defaultApiContext() }).listen(port, '127.0.0.1', () => {
    console.log(`Serving dist/h5 and the mock API at http://127.0.0.1:${port}/`)
  })
}
