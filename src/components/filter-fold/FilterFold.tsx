// Filters in 长辈版 fold behind one 筛选 button (saying how many are chosen), so a tab's list starts on the first
// screen; in 标准版 they show as they are.
import { useId, useState, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { expandButtonProps } from '@/components/a11y/aria-props'
import { useUiMode } from '@/components/elder-mode/use-ui-mode'
import './filter-fold.scss'

interface FilterFoldProps {
  /** How many choices are narrowing the list now (0: none). */
  chosen: number
  children: ReactNode
}

export function FilterFold({ chosen, children }: FilterFoldProps) {
  const elder = useUiMode() === 'elder'
  const [open, setOpen] = useState(false)
  const bodyId = `filter-fold-${useId().replace(/:/g, '')}`
  if (!elder) return <>{children}</>
  return (
    <View className='filter-fold'>
      <View className='filter-fold__button' {...expandButtonProps(open, bodyId)} onClick={() => setOpen(!open)}>
        <Text>{chosen > 0 ? `筛选（已选 ${chosen} 项）` : '筛选'}</Text>
        <Text aria-hidden>{open ? '收起 ▴' : '展开 ▾'}</Text>
      </View>
      {open ? <View id={bodyId}>{children}</View> : null}
    </View>
  )
}
