// A titled row of queries to tap: recent searches (with 清除) or examples of what can be typed.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ChoiceChips } from '@/components/choice-chips/ChoiceChips'
import { headingProps } from '@/components/a11y/aria-props'
import './query-chips.scss'

interface QueryChipsProps {
  title: string
  queries: readonly string[]
  onPick: (query: string) => void
  onClear?: () => void
}

export function QueryChips({ title, queries, onPick, onClear }: QueryChipsProps) {
  return (
    <View className='query-chips'>
      <View className='query-chips__head'>
        <Text className='query-chips__title' {...headingProps(2)}>
          {title}
        </Text>
        {onClear && (
          <Button className='query-chips__clear' fill='none' aria-label={`清除${title}`} onClick={onClear}>
            清除
          </Button>
        )}
      </View>
      <ChoiceChips
        label={title}
        options={queries.map((q) => ({ value: q, label: q }))}
        isSelected={() => false}
        onPick={onPick}
        wrap
      />
    </View>
  )
}
