// The community tab's page about 月湾湖社区: the 居委会's verified contacts first, what the sources say of it, each with
// its source, and links into 民生 and 公园. Each community's summary is at the top of the tab (CommunityIntro), so its
// group here has none.
import { View } from '@tarojs/components'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { FactGroup } from '@/components/fact-group/FactGroup'
import { loadCommunity } from '@/services/content/community'
import { loadGuideList } from '@/services/content/guide-list'
import { loadNewsList } from '@/services/content/news-list'
import { CommunityContacts } from './CommunityContacts'
import { CommunityLinks, communityLinkRows } from './CommunityLinks'

const loadAll = () => Promise.all([loadCommunity(), loadGuideList(), loadNewsList()])

export function CommunityOverview() {
  const { state, retry } = useAsync(loadAll)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={([list]) => list.length === 0} emptyText='暂无社区信息'>
      {([communities, guides, articles]) => (
        <View className='community-overview'>
          {communities.map((c) => (
            <View key={c.id}>
              <CommunityContacts communityId={c.id} />
              <FactGroup title={c.name} facts={c.facts} />
              <CommunityLinks rows={communityLinkRows(c, guides, articles)} />
            </View>
          ))}
        </View>
      )}
    </AsyncView>
  )
}
