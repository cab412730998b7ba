// 隐私政策 (not a tab): opened from the 月湾湖 tab, the report form and WeChat's privacy dialog; a tab page whose
// 复制 waits for consent opens it to ask (the consent panel above the policy).
import { PageShell } from '@/components/page-shell/PageShell'
import { PrivacyDialog } from '@/components/privacy-dialog/PrivacyDialog'
import { PrivacyPolicy } from '@/features/community/privacy/PrivacyPolicy'

export default function PrivacyPage() {
  return (
    <PageShell title='隐私政策' subtitle='月湾湖社区 · 小事快办' backTo='/pages/community/index'>
      <PrivacyDialog inline />
      <PrivacyPolicy />
    </PageShell>
  )
}
