// The tab table is the one source of the tab bar: four tabs, in order, and app.config built from them.
import { existsSync } from 'fs'
import { join } from 'path'
import { TABS, tabByKey } from '@/app/tabs'
import appConfig from '@/app.config'

describe('tabs', () => {
  it('are 要闻 民生 公园 月湾湖, in that order', () => {
    expect(TABS.map((t) => t.text)).toEqual(['要闻', '民生', '公园', '月湾湖'])
    expect(TABS.map((t) => t.key)).toEqual(['news', 'services', 'parks', 'community'])
  })

  it('each point at a page and icons that exist', () => {
    for (const tab of TABS) {
      expect(existsSync(join(__dirname, '../../src', `${tab.pagePath}.tsx`))).toBe(true)
      expect(existsSync(join(__dirname, '../../src', tab.iconPath))).toBe(true)
      expect(existsSync(join(__dirname, '../../src', tab.selectedIconPath))).toBe(true)
    }
  })

  it('are found by key, and an unknown key throws', () => {
    expect(tabByKey('community').title).toBe('月湾湖社区')
    expect(() => tabByKey('shop' as never)).toThrow('unknown tab shop')
  })
})

describe('app.config', () => {
  it('lists the tab pages as its pages, news first', () => {
    expect(appConfig.pages).toEqual([
      'pages/news/index',
      'pages/services/index',
      'pages/parks/index',
      'pages/community/index',
    ])
  })

  it('builds the tab bar list from the tab table', () => {
    expect(appConfig.tabBar?.list).toEqual(
      TABS.map((t) => ({
        pagePath: t.pagePath,
        text: t.text,
        iconPath: t.iconPath,
        selectedIconPath: t.selectedIconPath,
      })),
    )
    expect(appConfig.tabBar?.list.map((item) => item.text)).toEqual(['要闻', '民生', '公园', '月湾湖'])
  })
})

describe('app.config preloadRule', () => {
  it('preloads, on any network, the subpackage of the pages each tab opens, one that app.config declares', () => {
    const roots = (appConfig.subPackages ?? []).map((s) => s.root)
    expect(Object.keys(appConfig.preloadRule ?? {})).toEqual(TABS.map((t) => t.pagePath))
    for (const tab of TABS) {
      expect(appConfig.preloadRule?.[tab.pagePath]).toEqual({ network: 'all', packages: [tab.subpackage] })
      expect(roots).toContain(tab.subpackage)
    }
  })

  it('leaves the search subpackage (its pinyin dictionary) to load when 搜索 is tapped', () => {
    const preloaded = Object.values(appConfig.preloadRule ?? {}).flatMap((r) => r.packages)
    expect(preloaded).not.toContain('packages/search')
  })
})
