// One verifiable field's value as a resident sees it: the value (or 待核实), 已核实 with how when a worker verified it,
// what the sources said when a verified value replaced it, 拨打 only for a verified phone or a national hotline, 导航
// only for a verified address with a map point (weapp), and 信息有误 (a value) or 我来补充 (none) to tell the workers.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { correctionUrl } from '@/domain/verified-routes'
import {
  dialableNumber,
  navigablePoint,
  shownValueText,
  type MergedField,
  type ShownValue,
} from '@/domain/verified-merge'
import { Unverified } from '@/components/unverified/Unverified'
import { VerifiedMark } from '@/components/verified-mark/VerifiedMark'
import { callNumber } from '@/services/phone'
import { canOpenLocation, openMapLocation } from '@/services/map-location'
import { navigateTo } from '@/services/navigate'
import './verified-field.scss'

interface VerifiedFieldProps {
  field: MergedField
  /** The guide's, park's or community's name: 导航's label and the correction's place. */
  name: string
  /** What an unknown value says (parks' hours: 以现场公示为准). */
  unknownLabel?: '待核实' | '以现场公示为准'
  /** The value in words, when the caller says it better (a park's hours). */
  describe?: (value: ShownValue) => string
}

export function VerifiedField({ field, name, unknownLabel = '待核实', describe = shownValueText }: VerifiedFieldProps) {
  const number = dialableNumber(field)
  const point = canOpenLocation ? navigablePoint(field) : null
  const { value, provenance } = field
  return (
    <View className='verified-field'>
      {value ? <Text className='verified-field__value'>{describe(value)}</Text> : <Unverified label={unknownLabel} />}
      {provenance.state === 'verified' ? <VerifiedMark fact={provenance.fact} /> : null}
      {field.replaced ? (
        <Text className='verified-field__replaced'>{`公开资料原写：${describe(field.replaced.value)}`}</Text>
      ) : null}
      <View className='verified-field__actions'>
        {number ? (
          <Button type='primary' aria-label={`拨打 ${number}`} onClick={() => callNumber(number)}>
            拨打
          </Button>
        ) : null}
        {point && value?.kind === 'address' ? (
          <Button type='primary' fill='outline' onClick={() => openMapLocation(point, name, value.text)}>
            导航
          </Button>
        ) : null}
        <Button
          fill='none'
          className='verified-field__correct'
          aria-label={`${value ? '信息有误' : '我来补充'}：${field.label}`}
          onClick={() => navigateTo(correctionUrl(field.subject, name))}
        >
          {value ? '信息有误' : '我来补充'}
        </Button>
      </View>
    </View>
  )
}
