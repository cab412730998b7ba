// National service hotlines with large call and copy buttons.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, CellGroup, Cell } from '@nutui/nutui-react-taro'
import type { Hotline } from '@/domain/content-schema'
import { classifyFailure, refusalMessage } from '@/services/platform-outcome'
import './hotline-list.scss'

function call(number: string) {
  Taro.makePhoneCall({ phoneNumber: number }).catch(() => {
    // The user cancelled the dialog, or the device cannot call: nothing to undo.
  })
}

/** 已复制, or why not: 未获授权 (privacy guide refused, said in a dialog with how to allow it) or 复制失败. */
function copy(number: string) {
  Taro.setClipboardData({ data: number })
    .then(() => Taro.showToast({ title: `已复制 ${number}`, icon: 'none' }))
    .catch((error: unknown) => {
      const refusal = classifyFailure(error)
      if (refusal.kind !== 'denied') return Taro.showToast({ title: '复制失败，请手动记下号码', icon: 'none' })
      const why = refusalMessage(refusal, { action: '复制', step: '复制', resource: '剪贴板' })
      return Taro.showModal({
        title: '未获授权',
        content: `${why}\n号码是 ${number}，也可以手动记下。`,
        showCancel: false,
      })
    })
    .catch(() => undefined)
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
