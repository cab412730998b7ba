// The community tab's page about 月湾湖社区: what the sources say of it, each with its source.
import { View, Text } from '@tarojs/components'
import { CellGroup, Cell } from '@nutui/nutui-react-taro'
import { AsyncView } from '../../../components/async-view/AsyncView'
import { useAsync } from '../../../components/async-view/use-async'
import { SourceNote } from '../../../components/source-note/SourceNote'
import { loadCommunity } from '../../../services/content/community'
import './community-overview.scss'

export function CommunityOverview() {
  const { state, retry } = useAsync(loadCommunity)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={(list) => list.length === 0} emptyText='暂无社区信息'>
      {(communities) => (
        <View className='community-overview'>
          {communities.map((community) => (
            <CellGroup key={community.id} title={community.name} description={community.summary}>
              {community.facts.map((fact) => (
                <Cell
                  key={fact.source.quote}
                  title={
                    <View className='community-overview__fact'>
                      <Text>{fact.text}</Text>
                      <SourceNote doc={fact.source.doc} />
                    </View>
                  }
                />
              ))}
            </CellGroup>
          ))}
        </View>
      )}
    </AsyncView>
  )
}
