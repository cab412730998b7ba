// Development build: readable output, and the dev API (mock/) mounted in the H5 dev server on the same port.
import type { UserConfigExport } from '@tarojs/cli'

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      port: 10086,
      host: '0.0.0.0',
      // @tarojs/plugin-mock 0.0.9 crashes on Taro 4 (helper.createBabelRegister is gone), so the dev API (mock/dev-api.ts:
      // the server's own routes on a throwaway database) is mounted here; tsx compiles it on the fly.
      setupMiddlewares(middlewares, devServer) {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        require('tsx/cjs/api').register()
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const { mountDevApi } = require('../mock/dev-api') as typeof import('../mock/dev-api')
        if (devServer.app) mountDevApi(devServer.app as unknown as Parameters<typeof mountDevApi>[0])
        return middlewares
      },
    },
  },
} satisfies UserConfigExport<'webpack5'>
