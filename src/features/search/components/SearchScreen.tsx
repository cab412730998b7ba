// Loads everything the search looks through (bundled content, and notices from this device's cache) and builds the
// index once, behind a loading skeleton.
import { useMemo } from 'react'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { buildSearchIndex } from '@/domain/search'
import { searchDocs, type SearchContent, type SearchScope } from '@/domain/global-search'
import { loadGuides } from '@/services/content/guides'
import { loadHotlines } from '@/services/content/hotlines'
import { loadNews } from '@/services/content/news'
import { loadParks } from '@/services/content/parks'
import { loadServiceCategories } from '@/services/content/services'
import { readCachedNotices } from '@/services/community/notice-pages'
import { GlobalSearch } from './GlobalSearch'

/** Notices come from the cache the 月湾湖 tab keeps, so the search works offline and never waits for the network. */
async function loadContent(): Promise<SearchContent> {
  const [news, guides, categories, hotlines, parks] = await Promise.all([
    loadNews(),
    loadGuides(),
    loadServiceCategories(),
    loadHotlines(),
    loadParks(),
  ])
  return { news, guides, categories, hotlines, parks, notices: readCachedNotices() }
}

function IndexedSearch({ content, scope }: { content: SearchContent; scope: SearchScope }) {
  const index = useMemo(() => buildSearchIndex(searchDocs(content)), [content])
  return <GlobalSearch index={index} noticesCached={content.notices !== null} initialScope={scope} />
}

export function SearchScreen({ scope }: { scope: SearchScope }) {
  const { state, retry } = useAsync(loadContent)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={() => false} emptyText='' skeletonBlocks={1}>
      {(content) => <IndexedSearch content={content} scope={scope} />}
    </AsyncView>
  )
}
