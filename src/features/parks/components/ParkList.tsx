// The parks tab's list of every park and green space the sources name.
import { View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view/AsyncView'
import { useAsync } from '../../../components/async-view/use-async'
import { loadParks } from '../../../services/content/parks'
import { ParkCard } from './ParkCard'

export function ParkList() {
  const { state, retry } = useAsync(loadParks)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={(parks) => parks.length === 0} emptyText='暂无公园信息'>
      {(parks) => (
        <View className='park-list'>
          {parks.map((park) => (
            <ParkCard key={park.id} park={park} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
