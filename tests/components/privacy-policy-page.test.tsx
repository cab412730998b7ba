// In the mini-program, a privacy API on a page with no dialog of its own (复制 on the 民生 tab) opens the 隐私政策 page,
// which asks above the policy; 拒绝 refuses the waiting API and goes back to the page that asked.
import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import PrivacyPage from '@/packages/community/privacy/index'
import { PRIVACY_PAGE } from '@/domain/routes'
import { listenForPrivacyRequests } from '@/services/privacy/privacy-gate'

jest.mock('@/services/privacy/privacy-gate', () => jest.requireActual('@/services/privacy/privacy-gate.weapp'))
jest.mock('@/services/privacy/privacy-consent', () => jest.requireActual('@/services/privacy/privacy-consent.weapp'))

type Listener = Parameters<typeof Taro.onNeedPrivacyAuthorization>[0]
let wechatListener: Listener | null = null
Object.assign(Taro, {
  onNeedPrivacyAuthorization: (listener: Listener) => {
    wechatListener = listener
  },
})
listenForPrivacyRequests()

it('opens the 隐私政策 page to ask, and 拒绝 refuses and goes back', async () => {
  const ok = (api: string) => ({ errMsg: `${api}:ok` })
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
  const navigateBack = jest.spyOn(Taro, 'navigateBack').mockResolvedValue(ok('navigateBack'))
  const resolve = jest.fn()
  wechatListener?.(resolve, { referrer: 'setClipboardData' })
  expect(navigateTo).toHaveBeenCalledWith({ url: `/${PRIVACY_PAGE}` })
  render(<PrivacyPage />)
  expect(await screen.findByText('用户隐私保护提示')).toBeTruthy()
  expect(screen.getByRole('heading', { name: '怎样删除' })).toBeTruthy()
  expect(screen.queryByText('查看《隐私政策》')).toBeNull() // it is the page below
  fireEvent.click(screen.getByText('拒绝'))
  expect(resolve).toHaveBeenCalledWith({ event: 'disagree' })
  await waitFor(() => expect(navigateBack).toHaveBeenCalledTimes(1))
  expect(screen.queryByText('用户隐私保护提示')).toBeNull()
})
