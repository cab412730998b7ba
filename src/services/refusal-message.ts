// What to say in plain Chinese when a platform call gave nothing: nothing for 已取消, how to allow it for 未获授权, and
// 失败 with what the platform said. Kept apart from platform-outcome.ts so it stays out of the weapp main package.
import type { Refusal } from './platform-outcome'

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
