// Loads the key figures for the dashboard page.
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { loadFigures } from '@/services/content/figures'
import { FigureDashboard } from './FigureDashboard'

export function FiguresScreen() {
  const { state, retry } = useAsync(loadFigures)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={(figures) => figures.length === 0} emptyText='暂无关键数据'>
      {(figures) => <FigureDashboard figures={figures} />}
    </AsyncView>
  )
}
