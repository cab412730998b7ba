// Taro's page hooks (useRouter, useDidShow, useShareAppMessage …) read React from Taro's runtime, which the H5 build
// fills in for every page; tests do the same once, so any component may use them. Skipped without a window (tests/api).
if (typeof window !== 'undefined') {
  /* eslint-disable @typescript-eslint/no-var-requires */
  const React = require('react') as typeof import('react')
  const ReactDOM = require('react-dom') as typeof import('react-dom')
  const { createH5NativeComponentConfig } =
    require('@tarojs/plugin-framework-react/dist/runtime') as typeof import('@tarojs/plugin-framework-react/dist/runtime')
  /* eslint-enable @typescript-eslint/no-var-requires */
  createH5NativeComponentConfig(null, React, ReactDOM)
}
