// One report in 我的消息: its title (number when it has one), status, the latest reply, and — opened — the whole
// timeline; an unread one says 新 and is marked read when opened.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ReportView } from '@/domain/api-contract'
import { formatChinaTime } from '@/domain/china-time'
import { latestReply, messageStatus, messageTitle } from '@/domain/report-messages'
import { ReportTimeline } from '@/features/community/reports/ReportTimeline'

interface MessageRowProps {
  report: ReportView
  open: boolean
  onToggle: () => void
}

export function MessageRow({ report, open, onToggle }: MessageRowProps) {
  const title = messageTitle(report)
  const reply = latestReply(report)
  return (
    <View className={`messages__row${report.unread ? ' messages__row--unread' : ''}`} role='listitem'>
      <View className='messages__head'>
        {report.unread ? <Text className='messages__new'>新</Text> : null}
        <Text className='messages__title'>{title}</Text>
      </View>
      <Text className='messages__status'>{messageStatus(report)}</Text>
      <Text className='messages__reply'>
        {reply ? `${reply.by?.name ?? '社区'}回复（${formatChinaTime(reply.at)}）：${reply.reply}` : '暂无回复'}
      </Text>
      <Button
        fill='outline'
        className='messages__toggle'
        aria-expanded={open}
        aria-label={`${open ? '收起' : '查看进度'}：${title}`}
        onClick={onToggle}
      >
        {open ? '收起' : '查看进度'}
      </Button>
      {open ? <ReportTimeline report={report} /> : null}
    </View>
  )
}
