// Who a resident is when they ask for a session: in H5 a device id of 128 bits from the browser's cryptographic random
// source (never Math.random), made once and kept; in the mini-program a fresh wx.login code, and a failed login says so.
import Taro from '@tarojs/taro'
import { sessionRequestSchema } from '@/domain/api-contract'
import { STORAGE_KEYS } from '@/services/storage'
import { deviceId, newDeviceId, residentProof } from '@/services/community/session-identity.h5'
import { LOGIN_FAILED, residentProof as weappProof } from '@/services/community/session-identity.weapp'

beforeEach(() => localStorage.clear())

describe('an H5 resident’s device id', () => {
  it('comes from crypto.getRandomValues, not Math.random, and is what the server accepts', () => {
    const random = jest.spyOn(globalThis.crypto, 'getRandomValues')
    const weak = jest.spyOn(Math, 'random')
    const id = newDeviceId()
    expect(random).toHaveBeenCalledTimes(1)
    expect((random.mock.calls[0][0] as Uint8Array).length).toBe(16)
    expect(weak).not.toHaveBeenCalled()
    expect(id).toMatch(/^[0-9a-f]{32}$/)
    expect(sessionRequestSchema.safeParse({ role: 'resident', deviceId: id }).success).toBe(true)
  })

  it('is the random bytes themselves: a fixed source gives a fixed id, and a thousand real ones never repeat', () => {
    const fixed = {
      getRandomValues: <T extends ArrayBufferView | null>(a: T) => (new Uint8Array(a!.buffer).fill(0xab), a),
    }
    expect(newDeviceId(fixed as Pick<Crypto, 'getRandomValues'>)).toBe('ab'.repeat(16))
    expect(new Set(Array.from({ length: 1000 }, () => newDeviceId())).size).toBe(1000)
  })

  it('refuses to make one without a cryptographic source rather than fall back to a guessable one', () => {
    expect(() => newDeviceId({} as Crypto)).toThrow('这个浏览器不支持安全随机数')
  })

  it('is made once and kept, and an id this browser already had stays its own', async () => {
    const first = deviceId()
    expect(deviceId()).toBe(first)
    expect(await residentProof()).toEqual({ deviceId: first })
    localStorage.clear()
    Taro.setStorageSync(STORAGE_KEYS.device, 'lx3k9a2-kept-from-an-earlier-version')
    expect(deviceId()).toBe('lx3k9a2-kept-from-an-earlier-version')
  })
})

describe('a mini-program resident', () => {
  it('proves who they are with a fresh wx.login code, never a device id', async () => {
    const login = jest.spyOn(Taro, 'login').mockResolvedValue({ code: '0a3Xyz-login-code', errMsg: 'login:ok' })
    expect(await weappProof()).toEqual({ wxCode: '0a3Xyz-login-code' })
    expect(login).toHaveBeenCalledTimes(1)
    expect(Taro.getStorageSync(STORAGE_KEYS.device)).toBeFalsy()
  })

  it('hears that WeChat sign-in failed when wx.login fails or gives no code', async () => {
    jest.spyOn(Taro, 'login').mockRejectedValueOnce(new Error('login:fail'))
    await expect(weappProof()).rejects.toThrow(LOGIN_FAILED)
    jest.spyOn(Taro, 'login').mockResolvedValueOnce({ code: '', errMsg: 'login:ok' })
    await expect(weappProof()).rejects.toThrow(LOGIN_FAILED)
  })
})
