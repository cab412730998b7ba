// The 民生 tab page.
import { useShareAppMessage } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { ServicesOverview } from '@/features/guides/components/ServicesOverview'
import { CommunityContacts } from '@/features/community/overview/CommunityContacts'
import { ElderTabBody } from '@/features/elder-home/ElderTabBody'
import { tabByKey } from '@/app/tabs'
import { tabShareCard } from '@/domain/share-cards'

export default function ServicesOverviewPage() {
  useShareAppMessage(() => tabShareCard(tabByKey('services')))
  return (
    <PageShell search title={tabByKey('services').title} subtitle='办事指南与便民热线'>
      <ElderTabBody tab='services'>
        <ServicesOverview localContacts={<CommunityContacts />} />
      </ElderTabBody>
    </PageShell>
  )
}
