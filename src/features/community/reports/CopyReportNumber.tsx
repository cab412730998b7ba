// A report's number (编号 YWH-20261201-0042) with 复制, so a resident can quote it on the phone and a worker paste it.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'

const COPY_NOT_ALLOWED = '未获授权：再点复制并选「同意」'

function copy(number: string) {
  Taro.setClipboardData({ data: number })
    .then(() => Taro.showToast({ title: `已复制 ${number}`, icon: 'none' }))
    .catch((error: unknown) => {
      const denied = /privacy|"errno":104/.test(JSON.stringify(error))
      Taro.showToast({ title: denied ? COPY_NOT_ALLOWED : '复制失败，请手动记下编号', icon: 'none' })
    })
}

export function CopyReportNumber({ number }: { number: string }) {
  return (
    <View className='report__number'>
      <Text className='report__number-text'>{`编号 ${number}`}</Text>
      <Button fill='outline' size='small' aria-label={`复制编号 ${number}`} onClick={() => copy(number)}>
        复制
      </Button>
    </View>
  )
}
