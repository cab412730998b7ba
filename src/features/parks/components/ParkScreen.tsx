// Loads a park by id with the seasonal tips, for the plan-a-visit page.
import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { StateMessage } from '@/components/state-message/StateMessage'
import { loadParks } from '@/services/content/parks'
import { loadSeasonTips } from '@/services/content/seasons'
import { ParkDetail } from './ParkDetail'

export function ParkScreen({ id }: { id: string }) {
  const load = useCallback(() => Promise.all([loadParks(), loadSeasonTips()]), [])
  const { state, retry } = useAsync(load)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={() => false} emptyText='' skeletonBlocks={2}>
      {([parks, tips]) => {
        const park = parks.find((p) => p.id === id)
        return park ? (
          <ParkDetail park={park} parks={parks} tips={tips} now={new Date()} />
        ) : (
          <StateMessage
            kind='empty'
            title='找不到这个公园'
            description='链接可能有误，或信息已调整'
            action={{ text: '返回公园', onClick: () => Taro.switchTab({ url: '/pages/parks/index' }) }}
          />
        )
      }}
    </AsyncView>
  )
}
