// The workers' desk (not a tab): sign in, write and publish notices, follow the outbox, pin and withdraw.
import { PageShell } from '@/components/page-shell/PageShell'
import { PullRefresh } from '@/components/pull-refresh/PullRefresh'
import { WorkerDesk } from '@/features/community/desk/WorkerDesk'

export default function WorkerPage() {
  return (
    <PageShell title='工作人员' subtitle='发布社区通知' backTo='/pages/community/index'>
      <PullRefresh>
        <WorkerDesk />
      </PullRefresh>
    </PageShell>
  )
}
