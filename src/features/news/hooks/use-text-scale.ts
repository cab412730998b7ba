// The article text size a reader picked (标准 / 大 / 特大), remembered on this device.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { STORAGE_KEYS, readPreference, writePreference } from '@/services/storage'

export const TEXT_SCALES = ['标准', '大', '特大'] as const
const KEY = STORAGE_KEYS.textScale

const isScale = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < TEXT_SCALES.length

export function useTextScale(): { scale: number; setScale: (scale: number) => void } {
  const [scale, setScaleState] = useState(() => readPreference(KEY, isScale, 0))
  const setScale = (next: number) => {
    if (!isScale(next)) return
    setScaleState(next)
    if (!writePreference(KEY, next)) Taro.showToast({ title: '字号未能保存，本次仍有效', icon: 'none' })
  }
  return { scale, setScale }
}
