// The 2021→2023 timeline page (not a tab), opened from the 要闻 tab.
import { PageShell } from '@/components/page-shell/PageShell'
import { TimelineScreen } from '@/features/news/components/TimelineScreen'

export default function TimelineScreenPage() {
  return (
    <PageShell title='发展时间线' subtitle='2021 → 2023 年的重要节点' backTo='/pages/news/index'>
      <TimelineScreen />
    </PageShell>
  )
}
