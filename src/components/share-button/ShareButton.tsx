// Share this page: WeChat's own share sheet in the mini-program; Web Share or a copied link (with a toast) in H5.
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { shareLink, type ShareOutcome } from '@/services/share'

const TOAST: Record<ShareOutcome, string | null> = {
  shared: null,
  cancelled: null,
  copied: '链接已复制，可粘贴发送给好友',
  failed: '分享失败，请稍后重试',
}

export function ShareButton({ title }: { title: string }) {
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Button openType='share' fill='outline' className='share-button'>
        分享
      </Button>
    )
  }
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
