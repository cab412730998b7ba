// Loads the milestones for the timeline page.
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { loadTimeline } from '@/services/content/timeline'
import { Timeline } from './Timeline'

export function TimelineScreen() {
  const { state, retry } = useAsync(loadTimeline)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={(list) => list.length === 0} emptyText='暂无里程碑'>
      {(milestones) => <Timeline milestones={milestones} />}
    </AsyncView>
  )
}
