// The app's pages, window and tab bar, built from the tab table.
import { TABS, TAB_BAR_COLORS } from './app/tabs'
import {
  COMMUNITY_SUBPACKAGE,
  NEWS_SUBPACKAGE,
  PARKS_SUBPACKAGE,
  SEARCH_SUBPACKAGE,
  SERVICES_SUBPACKAGE,
} from './domain/routes'

// WeChat's 同声传译 plugin for 读给我听 (services/speech.weapp.ts), declared only when the weapp build names a version
// (the same rule as WECHAT_SI_PLUGIN_VERSION in config/wechat-si.ts, which tells the code it is there).
const wechatSi = process.env.TARO_ENV === 'weapp' ? (process.env.WECHAT_SI_PLUGIN_VERSION ?? '').trim() : ''

export default defineAppConfig({
  pages: TABS.map((t) => t.pagePath),
  subPackages: [NEWS_SUBPACKAGE, SERVICES_SUBPACKAGE, PARKS_SUBPACKAGE, COMMUNITY_SUBPACKAGE, SEARCH_SUBPACKAGE].map(
    ({ root, pages }) => ({
      root,
      pages: [...pages],
    }),
  ),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1F6F43',
    navigationBarTitleText: '西城区 · 月湾湖',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F4F6F5',
  },
  tabBar: {
    ...TAB_BAR_COLORS,
    borderStyle: 'black',
    list: TABS.map(({ pagePath, text, iconPath, selectedIconPath }) => ({
      pagePath,
      text,
      iconPath,
      selectedIconPath,
    })),
  },
  // While a tab shows, WeChat fetches the subpackage of the pages it opens (on any network: they are small; the search
  // subpackage, 318 KB of pinyin, is left to load when 搜索 is tapped).
  preloadRule: Object.fromEntries(
    TABS.map(({ pagePath, subpackage }) => [pagePath, { network: 'all' as const, packages: [subpackage] }]),
  ),
  lazyCodeLoading: 'requiredComponents',
  // WeChat's privacy authorization: APIs such as chooseMedia and setClipboardData wait for the resident's consent to
  // the 用户隐私保护指引, asked in the app's own dialog (components/privacy-dialog). Only weapp reads this key.
  __usePrivacyCheck__: true,
  // The workers' verify form picks an address's map point with chooseLocation, which WeChat requires to be declared.
  requiredPrivateInfos: ['chooseLocation'],
  ...(wechatSi ? { plugins: { WechatSI: { version: wechatSi, provider: 'wx069ba97219f66d99' } } } : {}),
})
