// How a platform call the resident started (choose photos, copy) ended when it did not succeed: 已取消, 未获授权 (the
// privacy guide refused, or the permission denied) or 失败. What to say about it: refusal-message.ts.

export type Refusal =
  { kind: 'cancelled' } | { kind: 'denied'; why: 'privacy' | 'permission' } | { kind: 'failed'; detail: string }

/** WeChat's errno for "privacy permission is not authorized" (the resident did not agree to the privacy guide). */
export const ERRNO_PRIVACY_NOT_AUTHORIZED = 104

function errorText(error: unknown): { text: string; errno?: number; name?: string } {
  if (typeof error === 'string') return { text: error }
  if (typeof error !== 'object' || error === null) return { text: String(error ?? '') }
  const { errMsg, message, errno, name } = error as {
    errMsg?: unknown
    message?: unknown
    errno?: unknown
    name?: unknown
  }
  const text = typeof errMsg === 'string' ? errMsg : typeof message === 'string' ? message : ''
  return {
    text,
    errno: typeof errno === 'number' ? errno : undefined,
    name: typeof name === 'string' ? name : undefined,
  }
}

/** Sorts a failure: WeChat's `{ errMsg, errno }`, a browser's DOMException, or anything else. */
export function classifyFailure(error: unknown): Refusal {
  const { text, errno, name } = errorText(error)
  const lower = text.toLowerCase()
  if (errno === ERRNO_PRIVACY_NOT_AUTHORIZED || lower.includes('privacy')) return { kind: 'denied', why: 'privacy' }
  if (name === 'AbortError' || lower.includes('cancel')) return { kind: 'cancelled' }
  if (name === 'NotAllowedError' || name === 'SecurityError' || /auth den|permission|not allowed/.test(lower)) {
    return { kind: 'denied', why: 'permission' }
  }
  return { kind: 'failed', detail: text }
}
