// Mini-program: 分享 opens WeChat's own share sheet (open-type share; the page's onShareAppMessage says what is sent).
import { Button } from '@nutui/nutui-react-taro'

export function ShareButton() {
  return (
    <Button openType='share' fill='outline' className='share-button'>
      分享
    </Button>
  )
}
