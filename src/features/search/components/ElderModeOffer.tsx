// Shown above the results when the query asks for large text (长辈版, 关怀版, 大字 …): what 长辈版 does, and its switch.
import { View, Text } from '@tarojs/components'
import { ElderModeSwitch } from '@/components/elder-mode/ElderModeSwitch'
import { useUiMode } from '@/components/elder-mode/use-ui-mode'
import './elder-mode-offer.scss'

export function ElderModeOffer() {
  const elder = useUiMode() === 'elder'
  return (
    <View className='elder-mode-offer' role='region' aria-label='长辈版设置'>
      <Text className='elder-mode-offer__title'>{elder ? '长辈版已开启' : '需要大字？打开长辈版'}</Text>
      <Text className='elder-mode-offer__text'>
        {elder ? '字更大、按钮更大，所有页面都已生效。' : '字更大、按钮更大，所有页面都生效，随时可以切换回来。'}
      </Text>
      <ElderModeSwitch />
    </View>
  )
}
