// 我的消息 (not a tab): the resident's reports, unread replies and status changes first.
import { PageShell } from '@/components/page-shell/PageShell'
import { MyMessages } from '@/features/community/messages/MyMessages'

export default function MessagesPage() {
  return (
    <PageShell title='我的消息' subtitle='小事快办的回复与进度' backTo='/pages/community/index'>
      <MyMessages />
    </PageShell>
  )
}
