// Plan-a-visit page (not a tab): opened from the parks tab, the calendar or a shared link (?id=…).
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { ParkScreen } from '@/features/parks/components/ParkScreen'
import { parkUrl } from '@/domain/routes'
import { timelineCard } from '@/domain/share-cards'

const SHARE_TITLE = '西城区公园绿地 · 游园计划'

export default function ParkPage() {
  const id = useRouter().params.id ?? ''
  useShareAppMessage(() => ({ title: SHARE_TITLE, path: parkUrl(id) }))
  useShareTimeline(() => timelineCard(SHARE_TITLE, id))
  return (
    <PageShell title='游园计划' subtitle='西城区公园绿地' backTo='/pages/parks/index'>
      <ParkScreen id={id} />
    </PageShell>
  )
}
