// 居民报告 on the desk: how many residents' reports wait to be accepted (新报告, from the first page of GET
// /api/reports for the worker's community), and the way to them.
import { useCallback } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useAsync } from '@/components/async-view/use-async'
import { useRefreshOnPull } from '@/components/pull-refresh/refresh-hub'
import { fetchReports } from '@/services/community/community-api'
import { openReports } from '@/features/community/navigation'

/** 3 条新报告待受理; 20+ when the whole first page is new. */
async function newReportsLine(): Promise<string> {
  const page = await fetchReports()
  const waiting = page.reports.filter((r) => r.status === 'submitted').length
  if (waiting === 0) return '暂无新报告'
  const more = page.nextCursor && waiting === page.reports.length ? '+' : ''
  return `${waiting}${more} 条新报告待受理`
}

export function NewReports() {
  const load = useCallback(newReportsLine, [])
  const { state, retry } = useAsync(load)
  useDidShow(() => void retry())
  useRefreshOnPull(retry)
  const line =
    state.status === 'ready' ? state.data : state.status === 'loading' ? '正在查看新报告…' : '新报告数暂时无法读取'
  return (
    <View className='desk__card desk__reports'>
      <Text className='desk__reports-count' {...{ role: 'status' }}>
        {line}
      </Text>
      <Button fill='outline' block onClick={openReports}>
        居民报告（小事快办）
      </Button>
    </View>
  )
}
