// 小事快办 (not a tab): a resident reports a small problem and follows 我的报告; a signed-in worker follows 居民报告.
import { PageShell } from '@/components/page-shell/PageShell'
import { PullRefresh } from '@/components/pull-refresh/PullRefresh'
import { ReportScreen } from '@/features/community/reports/ReportScreen'
import { useReportsAudience } from '@/features/community/reports/reports-audience'

export default function ReportsPage() {
  const audience = useReportsAudience()
  return (
    <PageShell title={audience.title} subtitle={audience.subtitle} backTo='/pages/community/index'>
      <PullRefresh>
        <ReportScreen worker={audience.worker} />
      </PullRefresh>
    </PageShell>
  )
}
