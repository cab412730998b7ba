// One report in 我的报告 (or, for a worker, in 居民报告): its number (with 复制), what was reported (a 信息纠错 report:
// which field, and for a worker 去核实 / 不采纳), its photos, the timeline, for a worker the controls to move it on, and
// for its reporter 评价 once it is 已办结 and 删除. A photo that fails to load (its signed URL expired) asks for a reload.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ReportView } from '@/domain/api-contract'
import { formatChinaTime } from '@/domain/china-time'
import { CopyReportNumber } from './CopyReportNumber'
import { REPORT_QUEUE_LABELS, queueGroupOf } from '@/domain/report-queue'
import { RatingCard } from './RatingCard'
import { ProgressSubscribe } from './ProgressSubscribe'
import { ReportPhoto } from './ReportPhoto'
import { ReportTimeline } from './ReportTimeline'
import { WorkerReportUpdate } from './WorkerReportUpdate'
import { CorrectionReview } from './CorrectionReview'

interface ReportItemProps {
  report: ReportView
  worker: boolean
  /** The report as the server now has it, after a change made on it here. */
  onChanged: (updated: ReportView) => void
  /** The reporter's 删除 (asks first); absent for workers. */
  onDelete?: () => void
  deleting?: boolean
  onPhotoError?: () => void
}

export function ReportItem({ report, worker, onChanged, onDelete, deleting, onPhotoError }: ReportItemProps) {
  const title = `${report.category} · ${report.place}`
  const group = worker ? queueGroupOf(report) : 'other'
  /** A 信息纠错 report: answered with 去核实 or 不采纳 instead of the usual status buttons. */
  const subject = report.subject
  return (
    <View className='report__item'>
      {group !== 'other' ? <Text className='report__queue-tag'>{REPORT_QUEUE_LABELS[group]}</Text> : null}
      <Text className='report__item-title'>{title}</Text>
      {subject ? <CorrectionReview report={{ ...report, subject }} worker={worker} onDone={onChanged} /> : null}
      <CopyReportNumber number={report.number} />
      <Text className='report__item-body'>{report.description}</Text>
      <Text className='report__hint'>{`提交于 ${formatChinaTime(report.createdAt)}`}</Text>
      {report.photos.length > 0 ? (
        <View className='report__photos'>
          {report.photos.map((p, i) => (
            <ReportPhoto
              key={p.id}
              photo={p}
              alt={`${report.category}报告的第 ${i + 1} 张照片`}
              onError={onPhotoError}
            />
          ))}
        </View>
      ) : null}
      <ReportTimeline report={report} />
      {worker && !subject && report.status !== 'resolved' ? <WorkerReportUpdate report={report} onDone={onChanged} /> : null}
      {!worker && report.mine ? <RatingCard report={report} onRated={onChanged} /> : null}
      {!worker && report.mine && report.status !== 'resolved' ? <ProgressSubscribe reportId={report.id} /> : null}
      {!worker && report.mine && onDelete ? (
        <View className='report__actions'>
          <Button fill='outline' disabled={deleting} aria-label={`删除这条报告：${title}`} onClick={onDelete}>
            {deleting ? '正在删除…' : '删除'}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
