// The reading mode (standard / 长辈版) for the whole app: one store every page subscribes to, saved on the device,
// and on first run taken from the phone's font size.
import { prefersElderMode } from '@/domain/font-scale'
import type { UiMode } from '@/domain/theme'
import { STORAGE_KEYS, asStorage, storage, type KeyValueStore, type Storage } from './storage'
import { systemFont } from './system-font'

type Listener = () => void

export function createUiModeStore(store: KeyValueStore | Storage, detect = systemFont) {
  const kept = asStorage(store)
  let mode: UiMode | null = null
  const listeners = new Set<Listener>()

  const initial = (): UiMode => {
    const saved = kept.read(STORAGE_KEYS.uiMode, (v) => (v === 'standard' || v === 'elder' ? v : null))
    if (saved) return saved
    return prefersElderMode(detect().scale) ? 'elder' : 'standard'
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
