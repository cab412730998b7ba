// jest for unit (tests/unit) and component (tests/components) tests; Taro 4 H5 components in jsdom via @tarojs/test-utils-react.
// The API tests (tests/api) have their own config, jest.api.config.js: `npm run test:api` / `test:api:pg`.
const defineJestConfig = require('@tarojs/test-utils-react/dist/jest.js').default

// ESM-only packages under node_modules that babel must transform (everything else is left alone): Taro, NutUI,
// Stencil (Taro's H5 components), swiper (.mjs, for NutUI's Swiper), and what @tarojs/router pulls in.
const ESM_PACKAGES = [
  '@tarojs',
  '@nutui',
  '@stencil',
  'swiper',
  'query-string',
  'decode-uri-component',
  'filter-obj',
  'split-on-first',
  'lodash-es',
]

module.exports = defineJestConfig({
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/**/*.test.{ts,tsx}'],
  // Playwright owns tests/e2e; it runs on another runner. tests/api runs under jest.api.config.js.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', '<rootDir>/tests/api/', '<rootDir>/dist/'],
  // Taro's H5 components render asynchronously; on a loaded 2-core CI machine a page test can take several seconds.
  testTimeout: 20000,
  setupFiles: [
    '<rootDir>/tests/setup/env.ts',
    '<rootDir>/tests/setup/browser-stubs.ts',
    '<rootDir>/tests/setup/taro-first.ts',
    '<rootDir>/tests/setup/taro-page-hooks.ts',
  ],
  transform: {
    '^.+\\.(js|jsx|ts|tsx|mjs|cjs)$': '<rootDir>/tests/setup/babel-transformer.js',
  },
  // Ignore node_modules unless the path runs through one of ESM_PACKAGES (they nest their own node_modules/.pnpm copies).
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_PACKAGES.join('|')})/).*/node_modules/`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  // Platform files: `./photo-upload` is photo-upload.h5.ts here, as in Taro's H5 build.
  resolver: '<rootDir>/tests/setup/h5-resolver.js',
  moduleNameMapper: {
    '\\.(css|scss|sass|less)$': '<rootDir>/tests/setup/style-stub.js',
    '\\.(png|jpe?g|gif|svg)$': '<rootDir>/tests/setup/file-stub.js',
    // `x.json?pick=…` (config/pick-fields-loader.js): the whole file in tests.
    '^@/content/(.*\\.json)\\?pick=.*$': '<rootDir>/src/content/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  globals: {
    API_BASE: '',
    // No 同声传译 plugin configured (config/wechat-si.ts); tests/unit/speech-weapp.test.ts sets one.
    WECHAT_SI_PLUGIN_VERSION: '',
  },
  clearMocks: true,
  restoreMocks: true,
  // The test-utils preset stops at the first failing suite; report them all.
  bail: 0,
})
