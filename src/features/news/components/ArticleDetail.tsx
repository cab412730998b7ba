// An article's full page: title, year, theme, reading time, adjustable body text, 读给我听, its figures, sources, share.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { KeyFigure, NewsArticle } from '@/domain/content-schema'
import { readingMinutes } from '@/domain/news'
import { SOURCE_DOCS } from '@/domain/source'
import { headingProps } from '@/components/a11y/aria-props'
import { StateMessage } from '@/components/state-message/StateMessage'
import { LabelTag } from '@/components/label-tag/LabelTag'
import { SourceQuotes } from '@/components/source-quotes/SourceQuotes'
import { ShareButton } from '@/components/share-button/ShareButton'
import { ReadAloud } from '@/components/read-aloud/ReadAloud'
import { articleReading } from '@/domain/read-aloud-text'
import { useTextScale } from '@/features/news/hooks/use-text-scale'
import { TextSizeControl } from './TextSizeControl'
import { FigureTile } from './FigureTile'
import './article-detail.scss'

export function ArticleNotFound() {
  return (
    <StateMessage
      kind='empty'
      title='找不到这篇文章'
      description='链接可能有误，或文章已调整'
      action={{ text: '返回要闻', onClick: () => Taro.switchTab({ url: '/pages/news/index' }) }}
    />
  )
}

export function ArticleDetail({ article, figures }: { article: NewsArticle; figures: KeyFigure[] }) {
  const { scale, setScale } = useTextScale()
  const docs = [...new Set(article.sources.map((s) => s.doc))]
  return (
    <View className={`article-detail article-detail--scale-${scale}`}>
      <View className='article-detail__meta'>
        <LabelTag>{`${article.year}年`}</LabelTag>
        <Text className='article-detail__theme'>{article.theme}</Text>
        <Text className='article-detail__theme'>约 {readingMinutes(article)} 分钟读完</Text>
      </View>
      <Text className='article-detail__title' {...headingProps(2)}>
        {article.title}
      </Text>
      <View className='article-detail__tools'>
        <TextSizeControl scale={scale} onChange={setScale} />
        <ShareButton title={article.title} />
        <ReadAloud text={articleReading(article)} />
      </View>
      <View className='article-detail__body'>
        {article.body.map((paragraph) => (
          <Text key={paragraph} className='article-detail__paragraph'>
            {paragraph}
          </Text>
        ))}
      </View>
      {figures.length > 0 && (
        <View className='article-detail__figures'>
          <Text className='article-detail__subheading' {...headingProps(3)}>
            文中数据
          </Text>
          <View className='article-detail__grid'>
            {figures.map((f) => (
              <FigureTile key={f.id} figure={f} />
            ))}
          </View>
        </View>
      )}
      <View className='article-detail__sources'>
        <Text className='article-detail__subheading' {...headingProps(3)}>
          原文摘录
        </Text>
        <SourceQuotes sources={article.sources} />
        <Text className='article-detail__note'>
          摘要与正文据{docs.map((d) => SOURCE_DOCS[d].title).join('、')}整理，数字与名称与原文一致。
        </Text>
      </View>
    </View>
  )
}
