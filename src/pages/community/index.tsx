// The 月湾湖 tab page.
import { PageShell } from '../../components/page-shell/PageShell'
import { CommunityOverview } from '../../features/community/components/CommunityOverview'
import { tabByKey } from '../../app/tabs'

export default function CommunityOverviewPage() {
  return (
    <PageShell title={tabByKey('community').title} subtitle='社区介绍与通知'>
      <CommunityOverview />
    </PageShell>
  )
}
