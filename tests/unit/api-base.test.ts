// The API address a build compiles in: a production mini-program build stops without an https:// API_BASE (WeChat
// reaches only https 服务器域名), saying what to set; H5 and development builds may use their own origin.
import { apiBase } from '../../config/api-base'

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv

describe('a production weapp build', () => {
  it('stops without API_BASE, or with an http:// one, naming what to set', () => {
    expect(() => apiBase(env({ TARO_ENV: 'weapp', NODE_ENV: 'production' }))).toThrow(
      /微信小程序的生产构建需要 API_BASE=https:\/\/….*现在是「（空）」/,
    )
    expect(() =>
      apiBase(env({ TARO_ENV: 'weapp', NODE_ENV: 'production', API_BASE: 'http://api.example.org' })),
    ).toThrow(/现在是「http:\/\/api\.example\.org」/)
  })

  it('uses an https:// API_BASE, without a trailing slash', () => {
    expect(apiBase(env({ TARO_ENV: 'weapp', NODE_ENV: 'production', API_BASE: 'https://api.example.org/ ' }))).toBe(
      'https://api.example.org',
    )
  })
})

it('H5 and development builds may call their own origin', () => {
  expect(apiBase(env({ TARO_ENV: 'h5', NODE_ENV: 'production' }))).toBe('')
  expect(apiBase(env({ TARO_ENV: 'weapp', NODE_ENV: 'development' }))).toBe('')
})
