// A row of chips built from NutUI buttons; the caller decides what is chosen (one, or several) and what a tap does.
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { scrollableRowProps } from '@/components/a11y/aria-props'
import './choice-chips.scss'

export interface ChoiceOption<T> {
  value: T
  label: string
}

interface ChoiceChipsProps<T> {
  /** Read out as the group's name, e.g. 按年份筛选. */
  label: string
  options: readonly ChoiceOption<T>[]
  isSelected: (value: T) => boolean
  onPick: (value: T) => void
  /** Every chip in view on as many lines as it takes (a short required choice), instead of one row scrolled sideways. */
  wrap?: boolean
}

export function ChoiceChips<T>({ label, options, isSelected, onPick, wrap = false }: ChoiceChipsProps<T>) {
  return (
    <View
      className={`choice-chips${wrap ? ' choice-chips--wrap' : ''}`}
      role='group'
      aria-label={label}
      {...(wrap ? {} : scrollableRowProps)}
    >
      {options.map((option) => {
        const selected = isSelected(option.value)
        return (
          <Button
            key={option.label}
            className='choice-chips__chip'
            type={selected ? 'primary' : 'default'}
            fill={selected ? 'solid' : 'outline'}
            aria-pressed={selected}
            onClick={() => onPick(option.value)}
          >
            {option.label}
          </Button>
        )
      })}
    </View>
  )
}
