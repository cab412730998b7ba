// The services tab body: hotlines first (what most people come for), then life-event categories.
import { AsyncView } from '../../../components/async-view/AsyncView'
import { useAsync } from '../../../components/async-view/use-async'
import { loadHotlines } from '../../../services/content/hotlines'
import { loadServiceCategories } from '../../../services/content/services'
import { HotlineList } from './HotlineList'
import { ServiceCategoryList } from './ServiceCategoryList'

const loadAll = () => Promise.all([loadHotlines(), loadServiceCategories()])

export function ServicesOverview() {
  const { state, retry } = useAsync(loadAll)
  return (
    <AsyncView
      state={state}
      onRetry={retry}
      isEmpty={([hotlines, categories]) => hotlines.length + categories.length === 0}
      emptyText='暂无服务信息'
    >
      {([hotlines, categories]) => (
        <>
          <HotlineList hotlines={hotlines} />
          <ServiceCategoryList categories={categories} />
        </>
      )}
    </AsyncView>
  )
}
