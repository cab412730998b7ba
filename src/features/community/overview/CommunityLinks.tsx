// Ways from the community page into the other tabs: related 办事指南 and 要闻 articles, the 民生 and 公园 tabs, and
// the 隐私政策 of 小事快办.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { headingProps } from '@/components/a11y/aria-props'
import { LinkRow } from '@/components/link-row/LinkRow'
import type { Community, GuideListItem, NewsListItem } from '@/domain/content-schema'
import { articleUrl, guideUrl, PRIVACY_PAGE } from '@/domain/routes'
import { navigateTo } from '@/services/navigate'
import './community-links.scss'

interface LinkTarget {
  key: string
  kind: string
  label: string
  open: () => void
}

const switchTab = (path: string) => () => {
  Taro.switchTab({ url: path }).catch(() => Taro.showToast({ title: '无法打开页面，请稍后重试', icon: 'none' }))
}

/** The rows to show, in order: guides, articles, the two tabs, the 隐私政策. Ids the content lacks are skipped. */
export function communityLinkRows(
  community: Community,
  guides: GuideListItem[],
  articles: NewsListItem[],
): LinkTarget[] {
  const guideRows = community.guideIds.flatMap((id) => {
    const guide = guides.find((g) => g.id === id)
    return guide
      ? [{ key: `guide-${id}`, label: guide.name, kind: '办事指南', open: () => navigateTo(guideUrl(id)) }]
      : []
  })
  const articleRows = community.articleIds.flatMap((id) => {
    const article = articles.find((a) => a.id === id)
    return article
      ? [{ key: `article-${id}`, label: article.title, kind: '要闻', open: () => navigateTo(articleUrl(id)) }]
      : []
  })
  return [
    ...guideRows,
    ...articleRows,
    { key: 'tab-services', label: '全部民生服务与便民热线', kind: '民生', open: switchTab('/pages/services/index') },
    { key: 'tab-parks', label: '全区公园与绿地', kind: '公园', open: switchTab('/pages/parks/index') },
    {
      key: 'privacy',
      label: '隐私政策：报告问题时收集什么、谁能看到',
      kind: '隐私',
      open: () => navigateTo(`/${PRIVACY_PAGE}`),
    },
  ]
}

export function CommunityLinks({ rows }: { rows: LinkTarget[] }) {
  return (
    <View className='community-links'>
      <Text className='community-links__heading' {...headingProps(2)}>
        相关服务与要闻
      </Text>
      {rows.map((row) => (
        <LinkRow key={row.key} kind={row.kind} label={row.label} onOpen={row.open} />
      ))}
    </View>
  )
}
