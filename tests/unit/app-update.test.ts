// In the mini-program, once WeChat has downloaded a new version the resident is asked 新版本已准备好，是否重启应用？;
// 重启 applies it, 稍后 leaves the running version alone; nothing is asked before the new version is ready.
import Taro from '@tarojs/taro'
import { watchForUpdates } from '@/app/app-update.weapp'
import { watchForUpdates as watchForUpdatesH5 } from '@/app/app-update.h5'

function fakeUpdateManager() {
  let ready: () => void = () => undefined
  const manager = {
    onCheckForUpdate: jest.fn(),
    onUpdateReady: jest.fn((callback: () => void) => (ready = callback)),
    onUpdateFailed: jest.fn(),
    applyUpdate: jest.fn(),
  }
  jest.spyOn(Taro, 'getUpdateManager').mockReturnValue(manager as unknown as Taro.UpdateManager)
  return { manager, ready: () => ready() }
}

const answer = (confirm: boolean) =>
  jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm, cancel: !confirm, errMsg: 'showModal:ok' })
const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

it('asks nothing until a new version is ready', () => {
  fakeUpdateManager()
  const showModal = answer(true)
  watchForUpdates()
  expect(showModal).not.toHaveBeenCalled()
})

it('asks to restart when it is, and applies it on 重启', async () => {
  const { manager, ready } = fakeUpdateManager()
  const showModal = answer(true)
  watchForUpdates()
  ready()
  expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ content: '新版本已准备好，是否重启应用？' }))
  await tick()
  expect(manager.applyUpdate).toHaveBeenCalledTimes(1)
})

it('keeps the running version on 稍后', async () => {
  const { manager, ready } = fakeUpdateManager()
  answer(false)
  watchForUpdates()
  ready()
  await tick()
  expect(manager.applyUpdate).not.toHaveBeenCalled()
})

it('does not touch the update manager in the browser', () => {
  const getUpdateManager = jest.spyOn(Taro, 'getUpdateManager')
  watchForUpdatesH5()
  expect(getUpdateManager).not.toHaveBeenCalled()
})
