// Milestones from 2021 to 2023 as NutUI vertical steps; each opens the article it comes from.
import { View, Text } from '@tarojs/components'
import { Steps, Step } from '@nutui/nutui-react-taro'
import type { Milestone } from '@/domain/content-schema'
import { linkProps } from '@/components/a11y/aria-props'
import { SourceNote } from '@/components/source-note/SourceNote'
import { openArticle } from '@/features/news/navigation'
import './timeline.scss'

/** Oldest first; the bundled order keeps milestones of the same year as the sources tell them. */
function chronological(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort((a, b) => a.year - b.year)
}

export function Timeline({ milestones }: { milestones: Milestone[] }) {
  const ordered = chronological(milestones)
  return (
    <View className='timeline'>
      <Steps direction='vertical' type='dot' value={ordered.length}>
        {ordered.map((m, index) => (
          <Step
            key={m.id}
            value={index + 1}
            title={
              <View className='timeline__title' {...linkProps()} onClick={() => openArticle(m.articleId)}>
                <Text className='timeline__year'>{m.year}年</Text>
                <Text className='timeline__text'>{m.title}</Text>
              </View>
            }
            description={
              <View className='timeline__detail'>
                <Text>{m.detail}</Text>
                <SourceNote doc={m.source.doc} />
              </View>
            }
          />
        ))}
      </Steps>
    </View>
  )
}
