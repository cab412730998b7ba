// 居委会联系方式 (not a tab): the community's verified contacts with how each was checked, opened from the contacts card.
import { PageShell } from '@/components/page-shell/PageShell'
import { ContactsScreen } from '@/features/community/contacts/ContactsScreen'

export default function ContactsPage() {
  return (
    <PageShell
      title='居委会联系方式'
      subtitle='社区工作人员核实过的地址、办公时间和电话'
      backTo='/pages/community/index'
    >
      <ContactsScreen />
    </PageShell>
  )
}
