// 民生's hotline section, after the life events: local contacts first when given (verified 居委会 numbers), then a
// compact row of the most used national hotlines to call with one tap, and 全部热线 for the rest (call and copy).
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Hotline } from '@/domain/content-schema'
import { headingProps, linkProps } from '@/components/a11y/aria-props'
import { openAllHotlines } from '@/features/guides/navigation'
import { callNumber } from '@/services/phone'
import './hotline-section.scss'

/** The numbers residents need most, in this order; the rest are one tap away under 全部热线. */
export const MOST_USED_HOTLINES = ['12345', '110', '120', '119'] as const

interface HotlineSectionProps {
  hotlines: Hotline[]
  /** Contacts of the resident's own community (e.g. the verified 居委会 phone), shown before the national row. */
  localContacts?: ReactNode
}

export function HotlineSection({ hotlines, localContacts }: HotlineSectionProps) {
  const mostUsed = MOST_USED_HOTLINES.map((n) => hotlines.find((h) => h.number === n)).filter((h): h is Hotline =>
    Boolean(h),
  )
  return (
    <View className='hotline-section'>
      <Text className='hotline-section__title' {...headingProps(2)}>
        便民热线
      </Text>
      {localContacts}
      <View className='hotline-section__row'>
        {mostUsed.map((h) => (
          <Button
            key={h.id}
            className='hotline-section__call'
            fill='outline'
            aria-label={`拨打 ${h.number} ${h.name}`}
            onClick={() => callNumber(h.number)}
          >
            <View className='hotline-section__call-inner'>
              <Text className='hotline-section__number'>{h.number}</Text>
              <Text className='hotline-section__name'>{h.name}</Text>
            </View>
          </Button>
        ))}
      </View>
      <View className='hotline-section__all' {...linkProps()} onClick={openAllHotlines}>
        <Text className='hotline-section__all-text'>{`全部热线（${hotlines.length} 条，可拨打或复制）`}</Text>
        <Text className='hotline-section__all-more' aria-hidden>
          ›
        </Text>
      </View>
    </View>
  )
}
