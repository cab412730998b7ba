// The unread count over what it wraps (小事快办, 我的消息); nothing extra when all is read. A plain view rather than
// NutUI's Badge: on the 月湾湖 tab it is in the weapp main package, where NutUI's badge styles alone cost 3.4 KB. The
// count is for the eye only: the wrapped button's own label says how many (MessagesEntry).
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { badgeText } from '@/domain/badge'
import './unread-badge.scss'

export function UnreadBadge({ count, children }: { count: number; children: ReactNode }) {
  const text = badgeText(count)
  if (!text) return <>{children}</>
  return (
    <View className='unread-badge'>
      {children}
      <Text className='unread-badge__count' aria-hidden>
        {text}
      </Text>
    </View>
  )
}
