// A platform call the resident started and that gave nothing is one of three things, each said differently:
// 已取消 (nothing to say), 未获授权 (privacy guide refused, or the permission denied: how to allow it) or 失败.
import { classifyFailure } from '@/services/platform-outcome'
import { refusalMessage } from '@/services/refusal-message'

const PHOTOS = { action: '添加照片', step: '选择照片', resource: '相册和相机' }
const domError = (name: string) => Object.assign(new Error(name), { name })

describe('classifyFailure', () => {
  it('reads WeChat’s errMsg and errno', () => {
    expect(classifyFailure({ errMsg: 'chooseMedia:fail cancel' })).toEqual({ kind: 'cancelled' })
    expect(classifyFailure({ errMsg: 'chooseMedia:fail privacy permission is not authorized' })).toEqual({
      kind: 'denied',
      why: 'privacy',
    })
    expect(classifyFailure({ errMsg: 'chooseMedia:fail', errno: 104 })).toEqual({ kind: 'denied', why: 'privacy' })
    expect(classifyFailure({ errMsg: 'chooseMedia:fail auth deny' })).toEqual({ kind: 'denied', why: 'permission' })
    expect(classifyFailure({ errMsg: 'chooseMedia:fail system error' })).toEqual({
      kind: 'failed',
      detail: 'chooseMedia:fail system error',
    })
  })

  it('reads a browser’s DOMException names', () => {
    expect(classifyFailure(domError('AbortError'))).toEqual({ kind: 'cancelled' })
    expect(classifyFailure(domError('NotAllowedError'))).toEqual({ kind: 'denied', why: 'permission' })
    expect(classifyFailure(domError('SecurityError'))).toEqual({ kind: 'denied', why: 'permission' })
    expect(classifyFailure(new Error('boom'))).toEqual({ kind: 'failed', detail: 'boom' })
    expect(classifyFailure(undefined)).toEqual({ kind: 'failed', detail: '' })
  })
})

describe('refusalMessage', () => {
  it('says nothing for 已取消, how to allow it for 未获授权, and 失败 with what the platform said', () => {
    expect(refusalMessage({ kind: 'cancelled' }, PHOTOS)).toBe('')
    expect(refusalMessage({ kind: 'denied', why: 'privacy' }, PHOTOS)).toMatch(
      /^未获授权：.*再点一次「添加照片」.*「同意」/,
    )
    expect(refusalMessage({ kind: 'denied', why: 'permission' }, PHOTOS)).toBe(
      '未获授权：浏览器没有允许使用相册和相机。请在浏览器的网站设置里允许后再试。',
    )
    expect(refusalMessage({ kind: 'failed', detail: '' }, PHOTOS)).toBe('选择照片失败：请稍后重试')
  })
})
