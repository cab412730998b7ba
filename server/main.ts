// `npm run server`: the production API on PORT (8080), on DATABASE_URL or the embedded database in DATA_DIR (.data/).
// SIGTERM / SIGINT: stop taking connections, let requests in flight finish (up to 10 s), close the database, exit.
import type { Server } from 'node:http'
import { readConfig } from './config'
import { createHttpApp, DEFAULT_DATA_DIR, startApi, type RunningApi } from './server'

export async function main(options: { staticDir?: string } = {}): Promise<void> {
  let config
  let api: RunningApi
  try {
    config = readConfig(process.env, { dataDir: DEFAULT_DATA_DIR })
    api = await startApi({ config })
  } catch (error) {
    // A damaged data folder or an unreachable database: say so plainly, change nothing, exit non-zero.
    const message = error instanceof Error ? error.message : String(error)
    console.error(`无法启动：${message}`)
    process.exit(1)
  }
  const { ctx } = api
  const server: Server = createHttpApp(ctx, options).listen(config.port, config.host, () => {
    ctx.logger.info({ port: config.port, host: config.host }, `listening on http://${config.host}:${config.port}/`)
  })
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    ctx.logger.info({ signal }, 'shutting down: finishing requests in flight')
    const force = setTimeout(() => {
      ctx.logger.warn('requests still open after 10 s; closing them')
      server.closeAllConnections()
    }, 10_000)
    force.unref()
    server.close(() => {
      void api.close().then(() => {
        ctx.logger.info('stopped')
        process.exit(0)
      })
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

if (require.main === module) void main()
