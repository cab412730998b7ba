// weapp: the worker picks the point on WeChat's map (chooseLocation; needs the scope in app.json's requiredPrivateInfos).
import Taro from '@tarojs/taro'
import { classifyFailure } from './platform-outcome'
import type { MapPick } from './map-point'

export const MAP_PICKER_AVAILABLE = true

export async function chooseMapPoint(): Promise<MapPick> {
  try {
    const { latitude, longitude } = await Taro.chooseLocation({})
    return { ok: true, point: { latitude, longitude } }
  } catch (error) {
    return { ok: false, refusal: classifyFailure(error) }
  }
}
