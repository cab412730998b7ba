// The news tab's list: every article of both annual reviews, newest year first.
import { View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view/AsyncView'
import { useAsync } from '../../../components/async-view/use-async'
import { loadNews } from '../../../services/content/news'
import type { NewsArticle } from '../../../domain/content-schema'
import { NewsCard } from './NewsCard'

function newestFirst(articles: NewsArticle[]): NewsArticle[] {
  return [...articles].sort((a, b) => b.year - a.year)
}

export function NewsList() {
  const { state, retry } = useAsync(loadNews)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={(list) => list.length === 0} emptyText='暂无要闻'>
      {(articles) => (
        <View className='news-list'>
          {newestFirst(articles).map((article) => (
            <NewsCard key={article.id} article={article} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
