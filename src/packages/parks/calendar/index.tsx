// The seasonal calendar page (not a tab), opened from the parks tab.
import { PageShell } from '@/components/page-shell/PageShell'
import { CalendarScreen } from '@/features/parks/components/CalendarScreen'

export default function CalendarPage() {
  return (
    <PageShell title='游园日历' subtitle='每月适合去哪儿（一般规律）' backTo='/pages/parks/index'>
      <CalendarScreen />
    </PageShell>
  )
}
