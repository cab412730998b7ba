// An address value: the address as written and, in the mini-program, its point picked on the map (for 导航); H5 has no
// map picker, and says so — the address text alone is sent.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { FieldMessage } from '@/components/field-message/FieldMessage'
import type { AddressValue } from '@/domain/verified-facts'
import type { FieldErrors } from '@/domain/validation'
import { MAP_PICKER_AVAILABLE, chooseMapPoint } from '@/services/map-point'
import { refusalMessage } from '@/services/refusal-message'

interface AddressEditorProps {
  label: string
  value: AddressValue
  errors: FieldErrors
  onChange: (value: AddressValue) => void
}

export function AddressEditor({ label, value, errors, onChange }: AddressEditorProps) {
  const [problem, setProblem] = useState('')
  const pick = async () => {
    const picked = await chooseMapPoint()
    if (picked.ok) {
      setProblem('')
      onChange({ ...value, point: picked.point })
    } else {
      setProblem(refusalMessage(picked.refusal, { action: '选择位置', step: '选择位置', resource: '位置信息' }))
    }
  }
  return (
    <View className='verify-form__address'>
      <Input
        className='verify-form__input'
        value={value.text}
        placeholder='例如：某某路某号某楼'
        aria-label={label}
        onChange={(text) => onChange({ ...value, text })}
      />
      <FieldMessage message={errors['value.text'] ?? errors.value} />
      {MAP_PICKER_AVAILABLE ? (
        <View className='verify-form__row'>
          <Text className='verify-form__hint'>
            {value.point ? '已选地图位置，居民可以点「导航」' : '未选地图位置（居民只看到地址文字）'}
          </Text>
          <Button fill='outline' onClick={() => void pick()}>
            {value.point ? '重新选位置' : '在地图上选位置'}
          </Button>
          {value.point ? (
            <Button fill='outline' onClick={() => onChange({ ...value, point: null })}>
              清除位置
            </Button>
          ) : null}
        </View>
      ) : (
        <Text className='verify-form__hint'>
          网页版不能在地图上选位置：只发布地址文字；需要导航位置请在小程序里核实。
        </Text>
      )}
      <FieldMessage message={problem || errors['value.point']} />
    </View>
  )
}
