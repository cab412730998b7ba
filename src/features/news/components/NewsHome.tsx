// The news tab's body: shortcuts to the key figures and the timeline, then the filterable article list.
import { View, Text } from '@tarojs/components'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { linkProps } from '@/components/a11y/aria-props'
import { loadNewsList } from '@/services/content/news-list'
import { openFigures, openTimeline } from '@/features/news/navigation'
import { NewsList } from './NewsList'
import './news-home.scss'

const SHORTCUTS = [
  { title: '关键数据', hint: '财政、项目、民生等数字与两年对比', open: openFigures },
  { title: '发展时间线', hint: '2021 → 2023 年的重要节点', open: openTimeline },
]

export function NewsHome() {
  const { state, retry } = useAsync(loadNewsList)
  return (
    <View className='news-home'>
      <View className='news-home__shortcuts'>
        {SHORTCUTS.map((s) => (
          <View key={s.title} className='news-home__shortcut' {...linkProps()} onClick={s.open}>
            <Text className='news-home__shortcut-title'>
              {s.title}
              <Text aria-hidden> ›</Text>
            </Text>
            <Text className='news-home__shortcut-hint'>{s.hint}</Text>
          </View>
        ))}
      </View>
      <AsyncView state={state} onRetry={retry} isEmpty={(articles) => articles.length === 0} emptyText='暂无要闻'>
        {(articles) => <NewsList articles={articles} />}
      </AsyncView>
    </View>
  )
}
