// 全部热线 (not a tab): every national service hotline with 拨打 and 复制, opened from 民生's hotline row or search.
import { PageShell } from '@/components/page-shell/PageShell'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { HotlineList } from '@/features/guides/components/HotlineList'
import { loadHotlines } from '@/services/content/hotlines'

export default function HotlinesPage() {
  const { state, retry } = useAsync(loadHotlines)
  return (
    <PageShell title='全部热线' subtitle='全国统一的便民热线，点拨打直接呼叫' backTo='/pages/services/index'>
      <AsyncView state={state} onRetry={retry} isEmpty={(list) => list.length === 0} emptyText='暂无热线信息'>
        {(hotlines) => <HotlineList hotlines={hotlines} />}
      </AsyncView>
    </PageShell>
  )
}
