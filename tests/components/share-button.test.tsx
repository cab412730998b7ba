// A reader taps 分享 in the browser (H5): the share sheet opens where there is one; otherwise, or when the browser
// refuses, the link is copied and a toast says so; closing the sheet says nothing; a toast says when nothing worked.
import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ShareButton } from '@/components/share-button/ShareButton'
import { installShareSheet, removeShareSheet } from '../support/share-sheet'

const ok = (api: string) => ({ errMsg: `${api}:ok` })
const TITLE = '重点项目80个，实际完成投资107.6亿元'
const COPIED = { title: '链接已复制，可粘贴发送给好友', icon: 'none' }

const tapShare = () => fireEvent.click(screen.getByLabelText(`分享《${TITLE}》`))
const workingClipboard = () =>
  jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ ...ok('setClipboardData'), data: window.location.href })

beforeEach(() => render(<ShareButton title={TITLE} />))
afterEach(removeShareSheet)

it('copies the link and says so when the browser cannot share', async () => {
  expect('share' in navigator).toBe(false)
  const setClipboardData = workingClipboard()
  const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
  tapShare()
  await waitFor(() => expect(showToast).toHaveBeenCalledWith(COPIED))
  expect(setClipboardData).toHaveBeenCalledWith({ data: window.location.href })
})

it('opens the browser’s share sheet with the title and link, and copies nothing', async () => {
  const share = installShareSheet('shared')
  const setClipboardData = jest.spyOn(Taro, 'setClipboardData')
  const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
  tapShare()
  await waitFor(() => expect(share).toHaveBeenCalledWith({ title: TITLE, url: window.location.href }))
  await new Promise((resolve) => setTimeout(resolve, 0))
  expect(setClipboardData).not.toHaveBeenCalled()
  expect(showToast).not.toHaveBeenCalled()
})

it('says nothing when the reader closes the share sheet', async () => {
  const share = installShareSheet('cancelled')
  const setClipboardData = jest.spyOn(Taro, 'setClipboardData')
  const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
  tapShare()
  await waitFor(() => expect(share).toHaveBeenCalledTimes(1))
  await new Promise((resolve) => setTimeout(resolve, 0))
  expect(setClipboardData).not.toHaveBeenCalled()
  expect(showToast).not.toHaveBeenCalled()
})

it('copies the link instead when the browser refuses to share', async () => {
  installShareSheet('refused')
  const setClipboardData = workingClipboard()
  const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
  tapShare()
  await waitFor(() => expect(showToast).toHaveBeenCalledWith(COPIED))
  expect(setClipboardData).toHaveBeenCalledWith({ data: window.location.href })
})

it('says 分享失败 when neither sharing nor copying works', async () => {
  jest.spyOn(Taro, 'setClipboardData').mockRejectedValue(new Error('setClipboardData:fail'))
  const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
  tapShare()
  await waitFor(() => expect(showToast).toHaveBeenCalledWith({ title: '分享失败，请稍后重试', icon: 'none' }))
})
