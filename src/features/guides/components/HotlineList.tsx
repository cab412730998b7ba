// Every national service hotline with large call and copy buttons (the 全部热线 page).
import { View, Text } from '@tarojs/components'
import { Button, CellGroup, Cell } from '@nutui/nutui-react-taro'
import type { Hotline } from '@/domain/content-schema'
import { callNumber as call, copyNumber as copy } from '@/services/phone'
import './hotline-list.scss'

export function HotlineList({ hotlines }: { hotlines: Hotline[] }) {
  return (
    <CellGroup title='便民热线' className='hotline-list'>
      {hotlines.map((h) => (
        <Cell
          key={h.id}
          className='hotline-list__item'
          title={
            <View className='hotline-list__text'>
              <Text className='hotline-list__number'>{h.number}</Text>
              <Text className='hotline-list__name'>{h.name}</Text>
              <Text className='hotline-list__purpose'>{h.purpose}</Text>
              <View className='hotline-list__actions'>
                <Button
                  type='primary'
                  size='large'
                  aria-label={`拨打 ${h.number} ${h.name}`}
                  onClick={() => call(h.number)}
                >
                  拨打
                </Button>
                <Button fill='outline' size='large' aria-label={`复制号码 ${h.number}`} onClick={() => copy(h.number)}>
                  复制
                </Button>
              </View>
            </View>
          }
        />
      ))}
    </CellGroup>
  )
}
