// One tappable row that opens another page: an optional kind tag (办事指南, 要闻 …), the title and an arrow; read as a link.
import { View, Text } from '@tarojs/components'
import { linkProps } from '@/components/a11y/aria-props'
import './link-row.scss'

interface LinkRowProps {
  /** The kind of page it opens, shown as a tag and read first (part of the link's name), e.g. 办事指南. */
  kind?: string
  label: string
  onOpen: () => void
}

export function LinkRow({ kind, label, onOpen }: LinkRowProps) {
  return (
    <View className='link-row' {...linkProps()} onClick={onOpen}>
      {kind ? <Text className='link-row__kind'>{kind}</Text> : null}
      <Text className='link-row__label'>{label}</Text>
      <Text className='link-row__arrow' aria-hidden>
        ›
      </Text>
    </View>
  )
}
