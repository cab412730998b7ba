// Year and theme filters for the news list; the theme choices follow the chosen year.
import { View } from '@tarojs/components'
import { ChoiceChips, type ChoiceOption } from '@/components/choice-chips/ChoiceChips'
import type { NewsListItem } from '@/domain/content-schema'
import { themesOf, type NewsFilter, type NewsYear } from '@/domain/news'

const YEAR_OPTIONS: ChoiceOption<NewsYear | null>[] = [
  { value: null, label: '全部年份' },
  { value: 2023, label: '2023年' },
  { value: 2021, label: '2021年' },
]

interface NewsFiltersProps {
  articles: readonly NewsListItem[]
  filter: NewsFilter
  onChange: (filter: NewsFilter) => void
}

export function NewsFilters({ articles, filter, onChange }: NewsFiltersProps) {
  const themeOptions: ChoiceOption<string | null>[] = [
    { value: null, label: '全部主题' },
    ...themesOf(articles, filter.year).map((theme) => ({ value: theme, label: theme })),
  ]
  return (
    <View className='news-filters'>
      <ChoiceChips
        label='按年份筛选'
        options={YEAR_OPTIONS}
        isSelected={(year) => year === filter.year}
        onPick={(year) => onChange({ year, theme: null })}
      />
      <ChoiceChips
        label='按主题筛选'
        options={themeOptions}
        isSelected={(theme) => theme === filter.theme}
        onPick={(theme) => onChange({ ...filter, theme })}
      />
    </View>
  )
}
