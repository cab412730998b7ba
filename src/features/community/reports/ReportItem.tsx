// One report in 我的报告 (or, for a worker, in 居民报告): what was reported, its photos, the timeline, and for a worker
// the controls to move it on.
import { View, Text } from '@tarojs/components'
import type { ReportView } from '@/domain/api-contract'
import { formatChinaTime } from '@/domain/china-time'
import { ReportPhoto } from './ReportPhoto'
import { ReportTimeline } from './ReportTimeline'
import { WorkerReportUpdate } from './WorkerReportUpdate'

interface ReportItemProps {
  report: ReportView
  worker: boolean
  onChanged: () => void
}

export function ReportItem({ report, worker, onChanged }: ReportItemProps) {
  return (
    <View className='report__item'>
      <Text className='report__item-title'>{`${report.category} · ${report.place}`}</Text>
      <Text className='report__item-body'>{report.description}</Text>
      <Text className='report__hint'>{`提交于 ${formatChinaTime(report.createdAt)}`}</Text>
      {report.photos.length > 0 ? (
        <View className='report__photos'>
          {report.photos.map((p, i) => (
            <ReportPhoto key={p.id} photo={p} alt={`${report.category}报告的第 ${i + 1} 张照片`} />
          ))}
        </View>
      ) : null}
      <ReportTimeline report={report} />
      {worker && report.status !== 'resolved' ? <WorkerReportUpdate report={report} onDone={onChanged} /> : null}
    </View>
  )
}
