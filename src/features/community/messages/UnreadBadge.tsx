// A NutUI badge with the unread count over what it wraps (小事快办, 我的消息); nothing extra when all is read.
import type { ReactNode } from 'react'
import { Badge } from '@nutui/nutui-react-taro'
import { badgeText } from '@/domain/badge'
import './unread-badge.scss'

export function UnreadBadge({ count, children }: { count: number; children: ReactNode }) {
  const text = badgeText(count)
  if (!text) return <>{children}</>
  return (
    <Badge className='unread-badge' value={text} top='2' right='8'>
      {children}
    </Badge>
  )
}
