// 进度通知我 under a resident's own open report: one tap asks WeChat for the progress template, so the next status
// change or reply reaches them in WeChat. On the web a line says where progress shows instead (ReportScreen, once).
import { subscribeToReport } from '@/services/community/message-subscriptions'
import { SubscribeButton } from '@/features/community/messages/SubscribeButton'

/** Where a resident always finds progress, WeChat message or not. */
export const PROGRESS_ELSEWHERE = '办理进度会显示在「我的消息」和「我的报告」里'

export function ProgressSubscribe({ reportId }: { reportId: string }) {
  return (
    <SubscribeButton
      template='report'
      label='进度通知我'
      send={(ids) => subscribeToReport(reportId, ids)}
      done='已开启：下一次进度更新会通过微信通知您（每开启一次通知一次）'
      elsewhere={PROGRESS_ELSEWHERE}
    />
  )
}
