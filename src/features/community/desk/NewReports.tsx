// 居民报告 on the desk: how many of the community's reports wait in each queue group (待回访, 新报告, 未回复: the counts
// GET /api/reports gives workers; the list itself opens in that order), the way to them, and 按编号查找
// (FindReportByNumber).
import { useCallback } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useAsync } from '@/components/async-view/use-async'
import { useRefreshOnPull } from '@/components/pull-refresh/refresh-hub'
import { queueCountsLine } from '@/domain/report-queue'
import { fetchReports } from '@/services/community/community-api'
import { openReports } from '@/features/community/navigation'
import { FindReportByNumber } from './FindReportByNumber'

/** 待回访 1 条 · 新报告 3 条 · 未回复 2 条, or 暂无待办报告. */
async function newReportsLine(): Promise<string> {
  const page = await fetchReports()
  return queueCountsLine(page.queue ?? { revisit: 0, new: 0, unanswered: 0 })
}

export function NewReports() {
  const load = useCallback(newReportsLine, [])
  const { state, retry } = useAsync(load)
  useDidShow(() => void retry())
  useRefreshOnPull(retry)
  const line =
    state.status === 'ready' ? state.data : state.status === 'loading' ? '正在查看待办报告…' : '待办报告数暂时无法读取'
  return (
    <View className='desk__card desk__reports'>
      <Text className='desk__reports-count' {...{ role: 'status' }}>
        {line}
      </Text>
      <Button fill='outline' block onClick={openReports}>
        居民报告（小事快办）
      </Button>
      <FindReportByNumber />
    </View>
  )
}
