// Life-event categories, each with what the district has done and where that is written.
import { View } from '@tarojs/components'
import type { ServiceCategory } from '../../../domain/content-schema'
import { FactGroup } from '../../../components/fact-group/FactGroup'

export function ServiceCategoryList({ categories }: { categories: ServiceCategory[] }) {
  return (
    <View className='service-categories'>
      {categories.map((category) => (
        <FactGroup key={category.id} title={category.name} summary={category.summary} facts={category.facts} />
      ))}
    </View>
  )
}
