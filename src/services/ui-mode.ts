// The reading mode (standard / 长辈版) for the whole app: one store every page subscribes to, saved on the device,
// and on first run taken from the phone's font size.
import { prefersElderMode, type UiMode } from '@/domain/theme'
import { taroStore, type KeyValueStore } from './key-value-store'
import { systemFont } from './system-font'

export const UI_MODE_KEY = 'app.uiMode.v1'

type Listener = () => void

export function createUiModeStore(store: KeyValueStore, detect = systemFont) {
  let mode: UiMode | null = null
  const listeners = new Set<Listener>()

  const initial = (): UiMode => {
    const saved = store.read(UI_MODE_KEY)
    if (saved === 'standard' || saved === 'elder') return saved
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
      try {
        store.write(UI_MODE_KEY, next)
        return true
      } catch {
        return false
      }
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export const uiModeStore = createUiModeStore(taroStore)
