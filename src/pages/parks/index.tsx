// The 公园 tab page.
import { PageShell } from '../../components/page-shell/PageShell'
import { ParkList } from '../../features/parks/components/ParkList'
import { tabByKey } from '../../app/tabs'

export default function ParkListPage() {
  return (
    <PageShell title={tabByKey('parks').title} subtitle='湿地公园、乐道与花海'>
      <ParkList />
    </PageShell>
  )
}
