// 导航 in the mini-program: WeChat's built-in map (openLocation), where the person picks their map app to go.
import Taro from '@tarojs/taro'
import type { MapPoint } from '@/domain/verified-facts'

export const canOpenLocation = true

export function openMapLocation(point: MapPoint, name: string, address: string): void {
  Taro.openLocation({ latitude: point.latitude, longitude: point.longitude, name, address, scale: 16 }).catch(() => {
    Taro.showToast({ title: '无法打开地图，请按地址前往', icon: 'none' })
  })
}
