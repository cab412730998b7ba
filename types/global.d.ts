/// <reference types="@tarojs/taro" />
// Ambient types: asset modules, build-time constants and environment variables.

declare module '*.png' {
  const src: string
  export default src
}
declare module '*.scss'
/** Bundled content with only some fields of each item (`@/content/x.json?pick=a,b`, config/pick-fields-loader.js). */
declare module '@/content/*' {
  const value: unknown
  export default value
}
declare module '*.css'

/** Base URL of the notices API ('' = same origin). Set by config/*.ts. */
declare const API_BASE: string
/** Version of WeChat's 同声传译 plugin (WechatSI) the weapp build declares, '' when none: 读给我听 needs it. */
declare const WECHAT_SI_PLUGIN_VERSION: string

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
    TARO_APP_ID: string
    /** Declares WeChat's 同声传译 plugin in the weapp build (src/app.config.ts), for 读给我听. */
    WECHAT_SI_PLUGIN_VERSION?: string
  }
}

/** NutUI's own dependency, read only by tests/unit/kebab-case.test.ts to hold config/kebab-case.js to it. */
declare module 'lodash.kebabcase' {
  const kebabCase: (value: string) => string
  export default kebabCase
}
