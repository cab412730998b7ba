// H5 residents are this browser's device id: 128 random bits from the browser's cryptographic source
// (crypto.getRandomValues), made once and kept in storage; an id kept from before is kept as it is. H5 workers sign in
// with their account and a passphrase (no WeChat here).
import { STORAGE_KEYS, readPreference, writePreference } from '@/services/storage'
import type { ResidentProof, WorkerSignInKind } from '@/services/community/session-identity'

const DEVICE_KEY = STORAGE_KEYS.device

/** 16 random bytes as 32 hex characters (the server takes 16–128 of [A-Za-z0-9_-]). */
export function newDeviceId(source: Pick<Crypto, 'getRandomValues'> = globalThis.crypto): string {
  if (!source?.getRandomValues) throw new Error('这个浏览器不支持安全随机数，请换用较新的浏览器')
  const bytes = source.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** This browser's device id, made once and kept. */
export function deviceId(): string {
  const known = readPreference(DEVICE_KEY, (v): v is string => typeof v === 'string' && v.length >= 16, '')
  if (known) return known
  const made = newDeviceId()
  writePreference(DEVICE_KEY, made)
  return made
}

export const residentProof = async (): Promise<ResidentProof> => ({ deviceId: deviceId() })

export const workerSignInKind: WorkerSignInKind = 'passphrase'

export const wechatLoginCode = async (): Promise<string> => {
  throw new Error('网页版不能用微信登录，请用账号和口令登录')
}
