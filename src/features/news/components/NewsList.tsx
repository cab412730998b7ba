// The article list of the news tab: filter chips, then the matching articles of both annual reviews.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { FilterFold } from '@/components/filter-fold/FilterFold'
import { StateMessage } from '@/components/state-message/StateMessage'
import type { NewsListItem } from '@/domain/content-schema'
import { filterArticles, NO_FILTER, type NewsFilter } from '@/domain/news'
import { NewsCard } from './NewsCard'
import { NewsFilters } from './NewsFilters'
import './news-list.scss'

export function NewsList({ articles }: { articles: NewsListItem[] }) {
  const [filter, setFilter] = useState<NewsFilter>(NO_FILTER)
  const shown = filterArticles(articles, filter)
  return (
    <View className='news-list'>
      <FilterFold chosen={Number(filter.year !== null) + Number(filter.theme !== null)}>
        <NewsFilters articles={articles} filter={filter} onChange={setFilter} />
      </FilterFold>
      <Text className='news-list__count' aria-live='polite'>
        共 {shown.length} 篇
      </Text>
      {shown.length === 0 ? (
        <StateMessage
          kind='empty'
          description='没有符合条件的文章'
          action={{ text: '清除筛选', onClick: () => setFilter(NO_FILTER) }}
        />
      ) : (
        shown.map((article) => <NewsCard key={article.id} article={article} />)
      )}
    </View>
  )
}
