// A worker signed in on this device (six hours left), as the desk finds it in storage after signing in.
import Taro from '@tarojs/taro'
import type { StoredSession } from '@/services/community/session'
import { STORAGE_KEYS } from '@/services/storage'

export const WORKER_SESSION: StoredSession = {
  token: 'worker-token-1',
  role: 'worker',
  expiresAt: new Date(Date.now() + 6 * 3600_000).toISOString(),
  name: '李红',
}

export function signInWorkerOnDevice(): void {
  Taro.setStorageSync(STORAGE_KEYS.workerSession, WORKER_SESSION)
}
