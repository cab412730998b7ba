// jest transformer: the repo's babel.config.js (Taro preset + NutUI per-component imports), as the build uses it.
// babel-preset-taro switches to CommonJS modules and node targets when NODE_ENV is 'test', which jest sets.
// Like @tarojs/test-utils-react's own transformer, it adds Taro's React hooks to the test-utils H5 runtime; unlike
// that one, it keeps the preset's automatic JSX runtime (the test-utils one forces classic, so `React` is undefined).
const { createTransformer } = require('babel-jest').default
const apiLoader = require('@tarojs/plugin-framework-react/dist/api-loader.js')

const transformer = createTransformer({ cwd: __dirname + '/../..' })
const babelProcess = transformer.process.bind(transformer)
const babelProcessAsync = transformer.processAsync?.bind(transformer)
const isTestUtilsRuntime = (file) => file.includes('test-utils-react/dist/jest/runtime/taro-h5.js')

module.exports = {
  ...transformer,
  process: (source, file, options) =>
    babelProcess(isTestUtilsRuntime(file) ? apiLoader(source) : source, file, options),
  processAsync: babelProcessAsync
    ? (source, file, options) => babelProcessAsync(isTestUtilsRuntime(file) ? apiLoader(source) : source, file, options)
    : undefined,
}
