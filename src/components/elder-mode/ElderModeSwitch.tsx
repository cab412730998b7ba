// The 长辈版 switch in every page header: reads 长辈版 with its state (开 / 关), read as a switch; one tap between
// standard and large text, remembered on this device.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { switchProps } from '@/components/a11y/aria-props'
import { uiModeStore } from '@/services/ui-mode'
import { useUiMode } from './use-ui-mode'
import './elder-mode-switch.scss'

export function ElderModeSwitch() {
  const elder = useUiMode() === 'elder'
  const toggle = () => {
    if (!uiModeStore.set(elder ? 'standard' : 'elder')) {
      Taro.showToast({ title: '设置未能保存，本次打开期间有效', icon: 'none' })
    }
  }
  return (
    <View
      className={`elder-mode-switch${elder ? ' elder-mode-switch--on' : ''}`}
      {...switchProps(elder)}
      onClick={toggle}
    >
      <Text className='elder-mode-switch__label'>长辈版</Text>
      {/* The state is the switch's own (aria-checked); the 开 / 关 on the track is for the eye. */}
      <View className='elder-mode-switch__track' aria-hidden>
        <Text className='elder-mode-switch__state'>{elder ? '开' : '关'}</Text>
        <View className='elder-mode-switch__knob' />
      </View>
    </View>
  )
}
