// The community tab's page about 月湾湖社区: what the sources say of it, each with its source.
import { View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view/AsyncView'
import { useAsync } from '../../../components/async-view/use-async'
import { FactGroup } from '../../../components/fact-group/FactGroup'
import { loadCommunity } from '../../../services/content/community'

export function CommunityOverview() {
  const { state, retry } = useAsync(loadCommunity)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={(list) => list.length === 0} emptyText='暂无社区信息'>
      {(communities) => (
        <View className='community-overview'>
          {communities.map((c) => (
            <FactGroup key={c.id} title={c.name} summary={c.summary} facts={c.facts} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
