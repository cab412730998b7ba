// The 民生 tab page.
import { PageShell } from '@/components/page-shell/PageShell'
import { ServicesOverview } from '@/features/guides/components/ServicesOverview'
import { tabByKey } from '@/app/tabs'

export default function ServicesOverviewPage() {
  return (
    <PageShell search title={tabByKey('services').title} subtitle='办事指南与便民热线'>
      <ServicesOverview />
    </PageShell>
  )
}
