// What a resident reads when a request gets no answer: the mini-program's own refusals (the server's domain not in
// its 服务器域名 list, a TLS or certificate failure) are named as such, not shown as 网络不可用; timeouts and plain
// offline stay what they were. The errMsg texts are the ones WeChat clients report.
import Taro from '@tarojs/taro'
import {
  ApiRequestError,
  DOMAIN_MESSAGE,
  OFFLINE_MESSAGE,
  TIMEOUT_MESSAGE,
  TLS_MESSAGE,
  apiRequest,
  failureMessage,
} from '@/services/api-client'

describe('a request WeChat refused before it left the phone', () => {
  it.each([
    'request:fail url not in domain list',
    'uploadFile:fail url not in domain list',
    'https://api.example.com 不在以下 request 合法域名列表中，请参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/ability/network.html',
    'request:fail URL 域名不合法，请在 mp 后台配置后重试',
  ])('「%s」 says the server domain is not configured', (errMsg) => {
    expect(failureMessage(errMsg)).toBe(DOMAIN_MESSAGE)
  })

  it.each([
    'request:fail -202:net::ERR_CERT_AUTHORITY_INVALID',
    'request:fail errcode:-202 cronet error code:-202 error msg:net::ERR_CERT_AUTHORITY_INVALID',
    'request:fail -200:net::ERR_CERT_COMMON_NAME_INVALID',
    'request:fail -207:net::ERR_CERT_INVALID',
    'request:fail ssl hand shake error',
    'request:fail 此服务器的证书无效',
    'request:fail 小程序要求的 TLS 版本必须大于等于 1.2',
    'request:fail -107:net::ERR_SSL_PROTOCOL_ERROR',
  ])('「%s」 says the secure connection failed', (errMsg) => {
    expect(failureMessage(errMsg)).toBe(TLS_MESSAGE)
  })

  it('keeps timeouts and plain network failures as they were', () => {
    expect(failureMessage('request:fail timeout')).toBe(TIMEOUT_MESSAGE)
    expect(failureMessage('request:fail -2:net::ERR_FAILED')).toBe(OFFLINE_MESSAGE)
    expect(failureMessage('request:fail net::ERR_INTERNET_DISCONNECTED')).toBe(OFFLINE_MESSAGE)
    expect(failureMessage('TypeError: Failed to fetch')).toBe(OFFLINE_MESSAGE)
  })
})

describe('apiRequest when Taro.request fails with a domain error', () => {
  it('throws the domain message, retryable (an outbox keeps the entry until the setting is fixed)', async () => {
    jest.spyOn(Taro, 'request').mockImplementation((() =>
      Promise.reject({
        errMsg: 'request:fail url not in domain list',
        errno: 600002,
      })) as unknown as typeof Taro.request)
    const error = await apiRequest({ method: 'GET', path: '/api/notices', parse: () => true }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiRequestError)
    expect((error as ApiRequestError).message).toBe('无法连接服务器：服务器域名未在小程序后台配置，请联系社区')
    expect((error as ApiRequestError).status).toBeNull()
    expect((error as ApiRequestError).retryable).toBe(true)
  })
})

describe("an answer from the H5 service worker's offline cache", () => {
  beforeEach(() => {
    jest.spyOn(Taro, 'request').mockImplementation((() =>
      Promise.resolve({
        statusCode: 200,
        data: { value: 'old' },
        header: { 'x-offline-copy': 'Wed, 02 Dec 2026 06:05:00 GMT' },
      })) as unknown as typeof Taro.request)
  })
  afterEach(() => jest.restoreAllMocks())

  it('counts as no answer for a screen that keeps its own copy (so it shows that one with 更新于)', async () => {
    const error = await apiRequest({ method: 'GET', path: '/api/notices', parse: (b) => b, keptCopy: true }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ApiRequestError)
    expect((error as ApiRequestError).message).toBe(OFFLINE_MESSAGE)
  })

  it('is the answer for a screen that keeps none', async () => {
    expect(await apiRequest({ method: 'GET', path: '/api/privacy', parse: (b) => b })).toEqual({ value: 'old' })
  })
})
