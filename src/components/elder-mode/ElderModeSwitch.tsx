// The 长辈版 switch in every page header: one tap between standard and large text, remembered on this device.
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { uiModeStore } from '@/services/ui-mode'
import { useUiMode } from './use-ui-mode'
import './elder-mode-switch.scss'

export function ElderModeSwitch() {
  const mode = useUiMode()
  const elder = mode === 'elder'
  const toggle = () => {
    if (!uiModeStore.set(elder ? 'standard' : 'elder')) {
      Taro.showToast({ title: '设置未能保存，本次打开期间有效', icon: 'none' })
    }
  }
  return (
    <Button
      className='elder-mode-switch'
      fill='outline'
      aria-pressed={elder}
      aria-label={elder ? '长辈版已开启，点按切换回标准版' : '切换到长辈版（大字）'}
      onClick={toggle}
    >
      {elder ? '标准版' : '长辈版'}
    </Button>
  )
}
