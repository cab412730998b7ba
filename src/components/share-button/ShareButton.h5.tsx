// H5: 分享 opens the browser's share sheet (Web Share) or copies the link, and a toast says what happened.
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { shareLink, type ShareOutcome } from '@/services/share'
import type { ShareButtonProps } from './ShareButton'

const TOAST: Record<ShareOutcome, string | null> = {
  shared: null,
  cancelled: null,
  copied: '链接已复制，可粘贴发送给好友',
  failed: '分享失败，请稍后重试',
}

export function ShareButton({ title }: ShareButtonProps) {
  const share = async () => {
    const message = TOAST[await shareLink(title, window.location.href)]
    if (message) Taro.showToast({ title: message, icon: 'none' })
  }
  return (
    <Button fill='outline' className='share-button' aria-label={`分享《${title}》`} onClick={share}>
      分享
    </Button>
  )
}
