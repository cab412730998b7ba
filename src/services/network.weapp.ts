// The mini-program's "network is back": WeChat's network status event.
import Taro from '@tarojs/taro'

export function onNetworkBack(callback: () => void): void {
  Taro.onNetworkStatusChange((res) => {
    if (res.isConnected) callback()
  })
}
