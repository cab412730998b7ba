// The 公园 tab page.
import { useShareAppMessage } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { ParksHome } from '@/features/parks/components/ParksHome'
import { ElderTabBody } from '@/features/elder-home/ElderTabBody'
import { tabByKey } from '@/app/tabs'
import { tabShareCard } from '@/domain/share-cards'

export default function ParksPage() {
  useShareAppMessage(() => tabShareCard(tabByKey('parks')))
  return (
    <PageShell search title={tabByKey('parks').title} subtitle='湿地公园、乐道与花海'>
      <ElderTabBody tab='parks'>
        <ParksHome />
      </ElderTabBody>
    </PageShell>
  )
}
