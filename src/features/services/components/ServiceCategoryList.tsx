// Life-event categories: what the district has done (with sources), then the guide cards filed under each.
import { View } from '@tarojs/components'
import { Cell } from '@nutui/nutui-react-taro'
import type { GuideCard, ServiceCategory } from '../../../domain/content-schema'
import { FactGroup } from '../../../components/fact-group/FactGroup'
import { openGuide } from '../navigation'

interface ServiceCategoryListProps {
  categories: ServiceCategory[]
  guides: GuideCard[]
}

export function ServiceCategoryList({ categories, guides }: ServiceCategoryListProps) {
  return (
    <View className='service-categories'>
      {categories.map((category) => (
        <FactGroup key={category.id} title={category.name} summary={category.summary} facts={category.facts}>
          {guides
            .filter((g) => g.categoryId === category.id)
            .map((g) => (
              <Cell
                key={g.id}
                className='service-categories__guide'
                title={`办事指南：${g.name}`}
                extra='查看 ›'
                clickable
                onClick={() => openGuide(g.id)}
              />
            ))}
        </FactGroup>
      ))}
    </View>
  )
}
