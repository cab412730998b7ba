// 小事快办 (not a tab): a resident reports a small problem and follows 我的报告; a signed-in worker follows 居民报告.
// From 信息有误 / 我来补充 (?kind=&id=&field=&place=) the form opens as a 信息纠错 report about that field.
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { REPORT_PLACE_MAX } from '@/domain/report'
import { isFactSubject } from '@/domain/report-draft'
import { PullRefresh } from '@/components/pull-refresh/PullRefresh'
import { ReportScreen } from '@/features/community/reports/ReportScreen'
import { useReportsAudience } from '@/features/community/reports/reports-audience'

export default function ReportsPage() {
  const audience = useReportsAudience()
  const { kind, id, field, place } = useRouter()?.params ?? {}
  const subject = { kind, id, field }
  const correction = isFactSubject(subject) ? { subject, place: (place ?? '').slice(0, REPORT_PLACE_MAX) } : undefined
  return (
    <PageShell title={audience.title} subtitle={audience.subtitle} backTo='/pages/community/index'>
      <PullRefresh>
        <ReportScreen worker={audience.worker} correction={correction} />
      </PullRefresh>
    </PageShell>
  )
}
