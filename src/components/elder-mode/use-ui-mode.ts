// The current reading mode for a component, re-rendering when any page switches it.
import { useSyncExternalStore } from 'react'
import type { UiMode } from '@/domain/theme'
import { uiModeStore } from '@/services/ui-mode'

export function useUiMode(): UiMode {
  return useSyncExternalStore(uiModeStore.subscribe, uiModeStore.get, uiModeStore.get)
}
