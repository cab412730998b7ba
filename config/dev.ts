// Development build: readable output, and the mock API (plugin-mock) on port 9527 for dev:h5.
import type { UserConfigExport } from '@tarojs/cli'

export const MOCK_PORT = 9527

export default {
  logger: { quiet: false, stats: true },
  plugins: [['@tarojs/plugin-mock', { port: MOCK_PORT, host: '127.0.0.1' }]],
  defineConstants: {
    API_BASE: JSON.stringify(process.env.API_BASE ?? `http://127.0.0.1:${MOCK_PORT}`),
  },
  mini: {},
  h5: { devServer: { port: 10086, host: '0.0.0.0' } },
} satisfies UserConfigExport<'webpack5'>
