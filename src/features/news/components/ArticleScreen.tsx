// Loads one article (and the figures it contains) by id, with loading, error and not-found states.
import { useCallback } from 'react'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { loadNews } from '@/services/content/news'
import { loadFigures } from '@/services/content/figures'
import { ArticleDetail, ArticleNotFound } from './ArticleDetail'

export function ArticleScreen({ id }: { id: string }) {
  const load = useCallback(async () => {
    const [articles, figures] = await Promise.all([loadNews(), loadFigures()])
    const article = articles.find((a) => a.id === id) ?? null
    return { article, figures: figures.filter((f) => f.articleId === id) }
  }, [id])
  const { state, retry } = useAsync(load)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={() => false} emptyText='' skeletonBlocks={1}>
      {({ article, figures }) =>
        article ? <ArticleDetail article={article} figures={figures} /> : <ArticleNotFound />
      }
    </AsyncView>
  )
}
