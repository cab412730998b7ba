// 订阅新通知 under a notice (the notice page, in the community subpackage): one tap, one one-time subscription
// (WeChat's rule), so the next new notice reaches the resident in WeChat; shown only in the mini-program with the
// notice template configured. Not on the tab's list: the session code it needs would take the weapp main package
// over its 500 KB budget.
import { subscribeToNotices } from '@/services/community/message-subscriptions'
import { SubscribeButton } from '@/features/community/messages/SubscribeButton'

export function NoticeSubscribe() {
  return (
    <SubscribeButton
      template='notice'
      label='订阅新通知'
      send={subscribeToNotices}
      done='已订阅：下一条新通知会通过微信告诉您（每订阅一次通知一次）'
      elsewhere='新通知仍会出现在这里'
    />
  )
}
