// Loads guides, categories and hotlines, then shows the services search.
import { AsyncView } from '../../../components/async-view/AsyncView'
import { useAsync } from '../../../components/async-view/use-async'
import { loadGuides } from '../../../services/content/guides'
import { loadHotlines } from '../../../services/content/hotlines'
import { loadServiceCategories } from '../../../services/content/services'
import { ServiceSearch } from './ServiceSearch'

const loadAll = () => Promise.all([loadGuides(), loadServiceCategories(), loadHotlines()])

export function SearchScreen() {
  const { state, retry } = useAsync(loadAll)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={() => false} emptyText='' skeletonBlocks={1}>
      {([guides, categories, hotlines]) => (
        <ServiceSearch guides={guides} categories={categories} hotlines={hotlines} />
      )}
    </AsyncView>
  )
}
