// 小事快办 (not a tab): report a small problem and follow 我的报告.
import { PageShell } from '@/components/page-shell/PageShell'
import { ReportScreen } from '@/features/community/reports/ReportScreen'

export default function ReportsPage() {
  return (
    <PageShell title='小事快办' subtitle='报告身边的小问题' backTo='/pages/community/index'>
      <ReportScreen />
    </PageShell>
  )
}
