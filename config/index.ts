// Taro build configuration shared by every build; dev.ts and prod.ts are merged on top.
import path from 'node:path'
import type Chain from 'webpack-chain'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'
import { apiBase } from './api-base'
import { wechatSiPluginVersion } from './wechat-si'
import { PruneUnusedCssPlugin } from './prune-unused-css'
import { addServiceWorker } from './sw'

/** `x.json?pick=a,b`: only those fields of each item (config/pick-fields-loader.js), for the tabs' lists. */
function addPickFieldsLoader(chain: Chain) {
  chain.module
    .rule('pick-fields')
    .test(/\.json$/)
    .resourceQuery(/(^|[?&])pick=/)
    .use('pick-fields')
    .loader(path.join(__dirname, 'pick-fields-loader.js'))
}

/**
 * NutUI gets small stand-ins for two helpers it uses on plain values only: kebab-case for theme keys
 * (config/kebab-case.js, for lodash.kebabcase) and deep equality for themes and picker values (config/deep-equal.js,
 * for react-fast-compare) — 7.5 KB off the weapp main package.
 */
function aliasNutuiHelpers(chain: Chain) {
  chain.resolve.alias.set('lodash.kebabcase$', path.join(__dirname, 'kebab-case.js'))
  chain.resolve.alias.set('react-fast-compare$', path.join(__dirname, 'deep-equal.js'))
}

/** NutUI's files import each icon from its own file (config/icon-imports-loader.js), not from the icons' index. */
function addIconImportsLoader(chain: Chain) {
  chain.module
    .rule('icon-imports')
    .test(/@nutui[\\/]nutui-react-taro[\\/]dist[\\/]es[\\/].*\.js$/)
    .enforce('pre')
    .use('icon-imports')
    .loader(path.join(__dirname, 'icon-imports-loader.js'))
}

/** Files of Taro's H5 runtime that inline an icon font the app never shows (config/drop-icon-fonts-loader.js). */
const ICON_FONT_FILES = [
  /@tarojs[\\/]components[\\/]dist[\\/]taro-components[\\/]taro-components\.css$/,
  /@tarojs[\\/]taro-h5[\\/]dist[\\/]api[\\/]ui[\\/]interaction[\\/]index\.js$/,
]

function addDropIconFontsLoader(chain: Chain) {
  for (const [i, test] of ICON_FONT_FILES.entries()) {
    chain.module
      .rule(`drop-icon-fonts-${i}`)
      .test(test)
      .enforce('pre')
      .use('drop-icon-fonts')
      .loader(path.join(__dirname, 'drop-icon-fonts-loader.js'))
  }
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xicheng-yuewanhu',
    date: '2026-11-25',
    // Our styles and NutUI's are both written for a 375 px wide phone: 1px in SCSS = 1 CSS px there.
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      // Where the API lives: same origin in the built H5 app and dev:h5; an https:// server for a production weapp.
      API_BASE: JSON.stringify(apiBase()),
      // WeChat's 同声传译 plugin for 读给我听 in weapp ('' = not configured: the control is hidden); app.config.ts
      // declares the plugin with the same version.
      WECHAT_SI_PLUGIN_VERSION: JSON.stringify(wechatSiPluginVersion()),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // Taro's generic weapp template nests 16 levels by default; a smaller base.wxml keeps the main package small
    // (deeper trees still render, through Taro's comp template).
    baseLevel: 8,
    // Taro's weapp preset escapes every non-ASCII character (ascii_only), which turns each 汉字 of our bundled content
    // into six bytes of \uXXXX: WeChat reads UTF-8 files, so keep the characters (about 60 KB off the main package).
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain.plugin('prune-unused-css').use(PruneUnusedCssPlugin)
        addPickFieldsLoader(chain)
        aliasNutuiHelpers(chain)
        addIconImportsLoader(chain)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain.plugin('prune-unused-css').use(PruneUnusedCssPlugin)
        addPickFieldsLoader(chain)
        aliasNutuiHelpers(chain)
        addIconImportsLoader(chain)
        addDropIconFontsLoader(chain)
        if (process.env.NODE_ENV === 'production') addServiceWorker(chain)
      },
    },
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
