// Life-event categories, each with what the district has done and where that is written.
import { View, Text } from '@tarojs/components'
import { CellGroup, Cell } from '@nutui/nutui-react-taro'
import type { ServiceCategory } from '../../../domain/content-schema'
import { SourceNote } from '../../../components/source-note/SourceNote'
import './service-category-list.scss'

export function ServiceCategoryList({ categories }: { categories: ServiceCategory[] }) {
  return (
    <View className='service-categories'>
      {categories.map((category) => (
        <CellGroup key={category.id} title={category.name} description={category.summary}>
          {category.facts.map((fact) => (
            <Cell
              key={fact.source.quote}
              title={
                <View className='service-categories__fact'>
                  <Text>{fact.text}</Text>
                  <SourceNote doc={fact.source.doc} />
                </View>
              }
            />
          ))}
        </CellGroup>
      ))}
    </View>
  )
}
