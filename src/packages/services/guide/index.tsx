// Guide card page (not a tab): opened from the services tab, search or a shared link (?id=…).
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { GuideScreen } from '@/features/guides/components/GuideScreen'
import { guideUrl } from '@/domain/routes'

export default function GuidePage() {
  const id = useRouter().params.id ?? ''
  useShareAppMessage(() => ({ title: '西城区民生服务 · 办事指南', path: guideUrl(id) }))
  return (
    <PageShell title='办事指南' subtitle='西城区民生服务' backTo='/pages/services/index'>
      <GuideScreen id={id} />
    </PageShell>
  )
}
