// National service hotlines with large call and copy buttons.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, CellGroup, Cell } from '@nutui/nutui-react-taro'
import type { Hotline } from '@/domain/content-schema'
import './hotline-list.scss'

const COPY_NOT_ALLOWED = '未获授权：再点复制并选「同意」'

function call(number: string) {
  Taro.makePhoneCall({ phoneNumber: number }).catch(() => {
    // The user cancelled the dialog, or the device cannot call: nothing to undo.
  })
}

/**
 * 已复制, or why not: 未获授权 (the privacy guide refused: how to allow it) or 复制失败. A plain test of WeChat's error,
 * not services/platform-outcome.ts: this is the weapp main package, with no room to spare (budgets.json).
 */
function copy(number: string) {
  Taro.setClipboardData({ data: number })
    .then(() => Taro.showToast({ title: `已复制 ${number}`, icon: 'none' }))
    .catch((error: unknown) => {
      const denied = /privacy|"errno":104/.test(JSON.stringify(error))
      Taro.showToast({ title: denied ? COPY_NOT_ALLOWED : '复制失败，请手动记下号码', icon: 'none' })
    })
}

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
