// The reading mode (standard / 长辈版) for the whole app: one store every page subscribes to, saved on the device,
// and on first run taken from the phone's font size.
import Taro from '@tarojs/taro'
import { prefersElderMode, type UiMode } from '@/domain/theme'
import { STORAGE_KEYS, asStorage, storage, type KeyValueStore, type Storage } from './storage'

type Listener = () => void

/** The system font size in px: WeChat's setting in the mini-program, the browser default in H5. */
function systemFont(): { px: number | null; standard: number } {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      // WeChat's getAppBaseInfo returns fontSizeSetting; Taro's typing of it leaves the field out.
      const info = Taro.getAppBaseInfo() as { fontSizeSetting?: number }
      return { px: info.fontSizeSetting ?? null, standard: 17 }
    }
    const probe = document.createElement('div')
    probe.style.fontSize = 'medium'
    document.body.appendChild(probe)
    const px = parseFloat(getComputedStyle(probe).fontSize)
    probe.remove()
    return { px, standard: 16 }
  } catch {
    return { px: null, standard: 16 }
  }
}

export function createUiModeStore(store: KeyValueStore | Storage, detect = systemFont) {
  const kept = asStorage(store)
  let mode: UiMode | null = null
  const listeners = new Set<Listener>()

  const initial = (): UiMode => {
    const saved = kept.read(STORAGE_KEYS.uiMode, (v) => (v === 'standard' || v === 'elder' ? v : null))
    if (saved) return saved
    const { px, standard } = detect()
    return prefersElderMode(px, standard) ? 'elder' : 'standard'
  }

  return {
    get(): UiMode {
      mode ??= initial()
      return mode
    },
    /** Switches mode for every page; returns false if it could not be saved (it still applies until restart). */
    set(next: UiMode): boolean {
      mode = next
      listeners.forEach((l) => l())
      return kept.write(STORAGE_KEYS.uiMode, next)
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export const uiModeStore = createUiModeStore(storage)
