// How a platform call the resident started (choose photos, copy) ended when it did not succeed — 已取消, 未获授权 (the
// privacy guide refused, or the permission denied) or 失败 — and what to say about it in plain Chinese.

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

export interface RefusalWords {
  /** What the resident tapped, e.g. 添加照片, 复制. */
  action: string
  /** What the failed step is called, e.g. 选择照片, 复制. */
  step: string
  /** What the platform must allow, e.g. 相册和相机, 剪贴板. */
  resource: string
}

const isH5 = () => process.env.TARO_ENV === 'h5'

/** The message for a refusal; '' for 已取消 (the resident knows they closed it). */
export function refusalMessage(refusal: Refusal, words: RefusalWords): string {
  if (refusal.kind === 'cancelled') return ''
  if (refusal.kind === 'denied' && refusal.why === 'privacy') {
    return `未获授权：你没有同意隐私保护指引，暂时无法${words.action}。如需${words.action}，请再点一次「${words.action}」，在弹出的说明里点「同意」。`
  }
  if (refusal.kind === 'denied') {
    return isH5()
      ? `未获授权：浏览器没有允许使用${words.resource}。请在浏览器的网站设置里允许后再试。`
      : `未获授权：微信没有允许使用${words.resource}。请点右上角「···」→「设置」，打开相应权限后再试。`
  }
  const detail = refusal.detail ? `（${refusal.detail}）` : ''
  return `${words.step}失败：请稍后重试${detail}`
}
