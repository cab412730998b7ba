// The one tab table: app.config.ts builds the tab bar and the preload rule from it and pages read their titles from it.
import { COMMUNITY_SUBPACKAGE, NEWS_SUBPACKAGE, PARKS_SUBPACKAGE, SERVICES_SUBPACKAGE } from '@/domain/routes'

export interface TabDefinition {
  key: 'news' | 'services' | 'parks' | 'community'
  /** Text under the tab icon. */
  text: string
  /** Title shown in the navigation bar and page header. */
  title: string
  pagePath: string
  iconPath: string
  selectedIconPath: string
  /** The subpackage of the pages this tab opens (its details): preloaded while the tab shows. */
  subpackage: string
}

function tab(key: TabDefinition['key'], text: string, title: string, subpackage: { root: string }): TabDefinition {
  return {
    key,
    text,
    title,
    subpackage: subpackage.root,
    pagePath: `pages/${key}/index`,
    iconPath: `assets/tabbar/${key}.png`,
    selectedIconPath: `assets/tabbar/${key}-active.png`,
  }
}

export const TABS: readonly TabDefinition[] = [
  tab('news', '要闻', '西城要闻', NEWS_SUBPACKAGE),
  tab('services', '民生', '民生服务', SERVICES_SUBPACKAGE),
  tab('parks', '公园', '公园绿地', PARKS_SUBPACKAGE),
  tab('community', '月湾湖', '月湾湖社区', COMMUNITY_SUBPACKAGE),
]

/** Tab bar colours: grey #5C6470 and green #1F6F43 both exceed 4.5:1 on white. */
export const TAB_BAR_COLORS = { color: '#5C6470', selectedColor: '#1F6F43', backgroundColor: '#ffffff' } as const

export function tabByKey(key: TabDefinition['key']): TabDefinition {
  const found = TABS.find((t) => t.key === key)
  if (!found) throw new Error(`unknown tab ${key}`)
  return found
}
