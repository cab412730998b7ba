// Development build: readable output, and the mock API mounted in the H5 dev server on the same port.
import type { UserConfigExport } from '@tarojs/cli'

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      port: 10086,
      host: '0.0.0.0',
      // @tarojs/plugin-mock 0.0.9 crashes on Taro 4 (helper.createBabelRegister is gone), so the same handlers
      // that `npm run serve` uses are mounted here; tsx compiles mock/*.ts on the fly.
      setupMiddlewares(middlewares, devServer) {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        require('tsx/cjs/api').register()
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const { mountRoutes } = require('../mock/mount-routes') as typeof import('../mock/mount-routes')
        if (devServer.app) mountRoutes(devServer.app as unknown as Parameters<typeof mountRoutes>[0])
        return middlewares
      },
    },
  },
} satisfies UserConfigExport<'webpack5'>
