// Guide card page (not a tab): opened from the services tab, search or a shared link or Moments (?id=…).
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { GuideScreen } from '@/features/guides/components/GuideScreen'
import { guideUrl } from '@/domain/routes'
import { timelineCard } from '@/domain/share-cards'

const SHARE_TITLE = '西城区民生服务 · 办事指南'

export default function GuidePage() {
  const id = useRouter().params.id ?? ''
  useShareAppMessage(() => ({ title: SHARE_TITLE, path: guideUrl(id) }))
  useShareTimeline(() => timelineCard(SHARE_TITLE, id))
  return (
    <PageShell title='办事指南' subtitle='西城区民生服务' backTo='/pages/services/index'>
      <GuideScreen id={id} />
    </PageShell>
  )
}
