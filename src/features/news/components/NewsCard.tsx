// One news article in the list: year, theme, title, summary and source; tapping it opens the article.
import { View, Text } from '@tarojs/components'
import type { NewsListItem } from '@/domain/content-schema'
import { LabelTag } from '@/components/label-tag/LabelTag'
import { SourceNote } from '@/components/source-note/SourceNote'
import { headingProps, linkProps } from '@/components/a11y/aria-props'
import { openArticle } from '@/features/news/navigation'
import './news-card.scss'

export function NewsCard({ article }: { article: NewsListItem }) {
  return (
    <View className='news-card' {...linkProps()} onClick={() => openArticle(article.id)}>
      <View className='news-card__meta'>
        <LabelTag>{`${article.year}年`}</LabelTag>
        <Text className='news-card__theme'>{article.theme}</Text>
      </View>
      <Text className='news-card__title' {...headingProps(2)}>
        {article.title}
      </Text>
      <Text className='news-card__summary'>{article.summary}</Text>
      <SourceNote doc={article.sources[0].doc} />
    </View>
  )
}
