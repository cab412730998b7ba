// The 公园 tab page.
import { PageShell } from '@/components/page-shell/PageShell'
import { ParksHome } from '@/features/parks/components/ParksHome'
import { tabByKey } from '@/app/tabs'

export default function ParksPage() {
  return (
    <PageShell search title={tabByKey('parks').title} subtitle='湿地公园、乐道与花海'>
      <ParksHome />
    </PageShell>
  )
}
