// The key-figures dashboard: 2021 vs 2023 comparisons, then every figure by group; tapping one opens its article.
import { View, Text } from '@tarojs/components'
import { FIGURE_GROUPS, type KeyFigure } from '@/domain/content-schema'
import { groupFigures, yearComparisons } from '@/domain/news'
import { headingProps } from '@/components/a11y/aria-props'
import { ComparisonChart } from './ComparisonChart'
import { FigureTile } from './FigureTile'
import './figure-dashboard.scss'

export function FigureDashboard({ figures }: { figures: KeyFigure[] }) {
  const comparisons = yearComparisons(figures)
  return (
    <View className='figure-dashboard'>
      {comparisons.length > 0 && (
        <View className='figure-dashboard__section'>
          <Text className='figure-dashboard__heading' {...headingProps(2)}>
            两年对比
          </Text>
          <ComparisonChart comparisons={comparisons} />
        </View>
      )}
      {groupFigures(figures, FIGURE_GROUPS).map(({ group, figures: inGroup }) => (
        <View key={group} className='figure-dashboard__section'>
          <Text className='figure-dashboard__heading' {...headingProps(2)}>
            {group}
          </Text>
          <View className='figure-dashboard__grid'>
            {inGroup.map((figure) => (
              <FigureTile key={figure.id} figure={figure} />
            ))}
          </View>
        </View>
      ))}
      <Text className='figure-dashboard__note'>数据均摘自西城区2021年、2023年工作回顾，点按可查看原文所在文章。</Text>
    </View>
  )
}
