// Life-event categories as sections that open on a tap: first the guide cards filed under it (how to get it done),
// then what the district has done, each fact with its source. Closed, the 民生 tab is a short list of headings.
import { View, Text } from '@tarojs/components'
import type { GuideListItem, ServiceCategory } from '@/domain/content-schema'
import { Disclosure } from '@/components/disclosure/Disclosure'
import { FactGroup } from '@/components/fact-group/FactGroup'
import { LinkRow } from '@/components/link-row/LinkRow'
import './service-category-list.scss'
import { openGuide } from '@/features/guides/navigation'

interface ServiceCategoryListProps {
  categories: ServiceCategory[]
  guides: GuideListItem[]
}

/** What a closed category holds, e.g. 2 份办事指南 · 3 条进展. */
export function categoryContents(guideCount: number, factCount: number): string {
  return [guideCount > 0 ? `${guideCount} 份办事指南` : '', `${factCount} 条进展`].filter(Boolean).join(' · ')
}

export function ServiceCategoryList({ categories, guides }: ServiceCategoryListProps) {
  return (
    <View className='service-categories'>
      <Text className='service-categories__label'>按生活事项查找（点开看办事指南）</Text>
      {categories.map((category) => {
        const filed = guides.filter((g) => g.categoryId === category.id)
        return (
          <Disclosure
            key={category.id}
            id={`category-${category.id}`}
            title={category.name}
            summary={category.summary}
            meta={categoryContents(filed.length, category.facts.length)}
          >
            {filed.length > 0 ? (
              <View className='service-categories__guides'>
                {filed.map((g) => (
                  <LinkRow key={g.id} kind='办事指南' label={g.name} onOpen={() => openGuide(g.id)} />
                ))}
              </View>
            ) : null}
            <FactGroup title='西城区做了什么' facts={category.facts} />
          </Disclosure>
        )
      })}
    </View>
  )
}
