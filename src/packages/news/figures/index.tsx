// The key-figures dashboard page (not a tab), opened from the 要闻 tab.
import { PageShell } from '@/components/page-shell/PageShell'
import { FiguresScreen } from '@/features/news/components/FiguresScreen'

export default function FiguresScreenPage() {
  return (
    <PageShell title='关键数据' subtitle='财政、项目、民生等数字与两年对比' backTo='/pages/news/index'>
      <FiguresScreen />
    </PageShell>
  )
}
