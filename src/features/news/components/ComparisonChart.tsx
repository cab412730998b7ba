// 2021 vs 2023 bars for figures that measure the same thing both years; bar lengths relative to the larger year.
import { View, Text } from '@tarojs/components'
import { figureText, type YearComparison } from '@/domain/news'
import { linkProps } from '@/components/a11y/aria-props'
import { openArticle } from '@/features/news/navigation'
import './comparison-chart.scss'

interface BarProps {
  year: number
  text: string
  percent: number
  articleId: string
  /** The id of the figure's label above the bars: the row is named by its own year and value, described by it. */
  labelId: string
}

function Bar({ year, text, percent, articleId, labelId }: BarProps) {
  return (
    <View
      className='comparison-chart__row'
      {...linkProps({ describedBy: labelId })}
      onClick={() => openArticle(articleId)}
    >
      <Text className='comparison-chart__year'>{year}</Text>
      <View className='comparison-chart__track'>
        <View className={`comparison-chart__bar comparison-chart__bar--y${year}`} style={{ width: `${percent}%` }} />
      </View>
      <Text className='comparison-chart__value'>{text}</Text>
    </View>
  )
}

const labelId = (compareKey: string) => `comparison-chart-${compareKey.replace(/[^\w-]/g, '_')}`

export function ComparisonChart({ comparisons }: { comparisons: YearComparison[] }) {
  return (
    <View className='comparison-chart'>
      {comparisons.map((c) => (
        <View key={c.compareKey} className='comparison-chart__item'>
          <Text className='comparison-chart__label' id={labelId(c.compareKey)}>
            {c.label}
          </Text>
          <Bar
            year={2021}
            text={figureText(c.before)}
            percent={c.beforePercent}
            articleId={c.before.articleId}
            labelId={labelId(c.compareKey)}
          />
          <Bar
            year={2023}
            text={figureText(c.after)}
            percent={c.afterPercent}
            articleId={c.after.articleId}
            labelId={labelId(c.compareKey)}
          />
        </View>
      ))}
    </View>
  )
}
