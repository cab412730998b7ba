// A publish or expiry time: the chosen time as text (Beijing time), 选择 opens NutUI's date-time picker in a popup,
// 清除 empties it. The picker's numbers are read as Beijing time whatever the phone's time zone.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, DatePicker } from '@nutui/nutui-react-taro'
import { pickedTimeText, pickerDateOf } from '@/domain/china-time'
import { formatChinaTime } from '@/domain/china-time'
import { ComposeField } from './ComposeField'

interface TimeFieldProps {
  id: string
  /** e.g. 发布时间 */
  name: string
  label: string
  value: string
  error?: string
  /** Where the picker starts when nothing is chosen yet. */
  suggestion: string
  now: Date
  /** false: the time can be seen but not changed (a published notice's publish time). */
  editable?: boolean
  onChange: (text: string) => void
}

const YEAR_MS = 365 * 24 * 3600_000

export function TimeField(props: TimeFieldProps) {
  const { id, name, label, value, error, suggestion, now, editable = true, onChange } = props
  const [open, setOpen] = useState(false)
  const earliest = pickerDateOf(formatChinaTime(now.toISOString())) ?? now
  const latest = pickerDateOf(formatChinaTime(new Date(now.getTime() + 2 * YEAR_MS).toISOString())) ?? now
  const start = pickerDateOf(value) ?? pickerDateOf(suggestion) ?? earliest
  return (
    <ComposeField id={id} label={label} error={error}>
      <View className='compose__time'>
        <Text id={`${id}-time`} className={`compose__time-value${value ? '' : ' compose__time-value--empty'}`}>
          {value || '未选择'}
        </Text>
        {editable ? (
          <>
            <Button size='small' fill='outline' aria-label={`选择${name}`} onClick={() => setOpen(true)}>
              选择
            </Button>
            {value ? (
              <Button size='small' fill='outline' aria-label={`清除${name}`} onClick={() => onChange('')}>
                清除
              </Button>
            ) : null}
          </>
        ) : null}
      </View>
      {open ? (
        <DatePicker
          className='compose__picker'
          visible
          type='datetime'
          title={`选择${name}`}
          showChinese
          defaultValue={start < earliest ? earliest : start}
          startDate={earliest}
          endDate={latest}
          onClose={() => setOpen(false)}
          onConfirm={(_options, values) => {
            const text = pickedTimeText(values)
            if (text) onChange(text)
          }}
        />
      ) : null}
    </ComposeField>
  )
}
