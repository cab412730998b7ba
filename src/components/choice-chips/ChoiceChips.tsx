// A row of single-choice chips (e.g. 全部 / 2023 / 2021) built from NutUI buttons; the chosen one is filled.
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import './choice-chips.scss'

export interface ChoiceOption<T> {
  value: T
  label: string
}

interface ChoiceChipsProps<T> {
  /** Read out as the group's name, e.g. 按年份筛选. */
  label: string
  options: readonly ChoiceOption<T>[]
  selected: T
  onChange: (value: T) => void
}

export function ChoiceChips<T>({ label, options, selected, onChange }: ChoiceChipsProps<T>) {
  return (
    <View className='choice-chips' role='group' aria-label={label}>
      {options.map((option) => {
        const isSelected = option.value === selected
        return (
          <Button
            key={option.label}
            className='choice-chips__chip'
            type={isSelected ? 'primary' : 'default'}
            fill={isSelected ? 'solid' : 'outline'}
            aria-pressed={isSelected}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </Button>
        )
      })}
    </View>
  )
}
