// The line under 提交 after a report is submitted: 正在提交…, 未联网，联网后自动提交 (queued in the outbox), 已提交 with
// its number, 复制 and 进度通知我 once the server has it, or why it was not taken.
import { View, Text } from '@tarojs/components'
import { CopyReportNumber } from './CopyReportNumber'
import { ProgressSubscribe } from './ProgressSubscribe'
import type { SubmitState } from './submit-state'

export function ReportConfirmation({ submitted }: { submitted: SubmitState }) {
  if (submitted.state === 'sent') {
    return (
      <View className='report__confirmation' {...{ role: 'status' }}>
        <Text className='report__message'>已提交：社区会在「我的报告」里告诉您处理进度</Text>
        {submitted.number ? <CopyReportNumber number={submitted.number} /> : null}
        {submitted.reportId ? <ProgressSubscribe reportId={submitted.reportId} /> : null}
      </View>
    )
  }
  const words = submitted.state === 'sending' ? '正在提交…' : submitted.words
  return (
    <View className='report__confirmation' {...{ role: submitted.state === 'failed' ? 'alert' : 'status' }}>
      <Text className={submitted.state === 'failed' ? 'report__error' : 'report__message'}>{words}</Text>
      {submitted.state === 'queued' ? (
        <Text className='report__hint'>已保存在本机，发出后会显示编号</Text>
      ) : null}
    </View>
  )
}
