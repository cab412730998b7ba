// A- / A+ buttons that step the article text size, with the current size named between them; each is named by its
// visible text first (A- 减小字号), so voice control finds it by what it shows (WCAG 2.5.3). In H5 a NutUI button
// is a <taro-button-core>, not a <button>, so aria-disabled is what tells assistive tech (and axe) it is disabled.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { TEXT_SCALES } from '@/features/news/hooks/use-text-scale'
import './text-size-control.scss'

export function TextSizeControl({ scale, onChange }: { scale: number; onChange: (scale: number) => void }) {
  return (
    <View className='text-size-control' role='group' aria-label='调整正文字号'>
      <Button
        fill='outline'
        aria-label='A- 减小字号'
        disabled={scale === 0}
        aria-disabled={scale === 0}
        onClick={() => onChange(scale - 1)}
      >
        A-
      </Button>
      <Text className='text-size-control__name' aria-live='polite'>
        字号：{TEXT_SCALES[scale]}
      </Text>
      <Button
        fill='outline'
        aria-label='A+ 增大字号'
        disabled={scale === TEXT_SCALES.length - 1}
        aria-disabled={scale === TEXT_SCALES.length - 1}
        onClick={() => onChange(scale + 1)}
      >
        A+
      </Button>
    </View>
  )
}
