// A resident taps 添加照片 in the mini-program (the weapp photo picker and privacy gate, WeChat's APIs spied as the
// base library behaves): the first time, WeChat waits for consent and the app's own dialog asks; 拒绝 says what will
// not work and how to allow it later, 同意 lets the picker open and the photo is added. A picker that was closed says
// nothing; one WeChat does not allow says 未获授权 and how to open it; any other failure says 选择照片失败.
import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import ReportsPage from '@/packages/community/reports/index'
import { listenForPrivacyRequests } from '@/services/privacy/privacy-gate'
import { fakeApiForFile } from '../support/fake-api'
import { showPage } from '../support/page-show'

jest.mock('@/services/community/photos', () => jest.requireActual('@/services/community/photos.weapp'))
jest.mock('@/services/privacy/privacy-gate', () => jest.requireActual('@/services/privacy/privacy-gate.weapp'))
jest.mock('@/services/privacy/privacy-consent', () => jest.requireActual('@/services/privacy/privacy-consent.weapp'))

fakeApiForFile()

type Listener = Parameters<typeof Taro.onNeedPrivacyAuthorization>[0]
type ResolveOption = Taro.onNeedPrivacyAuthorization.ResolveOption

/** What WeChat's base library holds: the app's privacy listener, and whether the resident has agreed yet. */
const wechat: { listener: Listener | null; agreed: boolean } = { listener: null, agreed: false }
Object.assign(Taro, {
  onNeedPrivacyAuthorization: (listener: Listener) => {
    wechat.listener = listener
  },
})
listenForPrivacyRequests() // as app.ts does at start

const JPEG_BASE64 = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60)]).toString('base64')
const PICKED = {
  tempFiles: [{ tempFilePath: 'wxfile://tmp/1.jpg', size: 64, fileType: 'image' }],
  type: 'image',
} as unknown as Taro.chooseMedia.SuccessCallbackResult

type Picked = Taro.chooseMedia.SuccessCallbackResult

/** chooseMedia as WeChat runs it: before consent it waits on the app's dialog, then opens the picker or fails. */
function chooseMediaLikeWeChat(picker: () => Promise<Picked>) {
  return jest.spyOn(Taro, 'chooseMedia').mockImplementation(() => {
    if (wechat.agreed) return picker()
    return new Promise<Picked>((resolve, reject) => {
      wechat.listener?.(
        (option: ResolveOption) => {
          if (option.event === 'exposureAuthorization') return
          if (option.event === 'agree') {
            wechat.agreed = true
            picker().then(resolve, reject)
          } else {
            reject({ errMsg: 'chooseMedia:fail privacy permission is not authorized', errno: 104 })
          }
        },
        { referrer: 'chooseMedia' },
      )
    })
  })
}

/** The photo files WeChat hands back, read and previewed as in the weapp build. */
function photoFiles(): void {
  jest.spyOn(Taro, 'getImageInfo').mockResolvedValue({ width: 8, height: 8 } as Taro.getImageInfo.SuccessCallbackResult)
  jest.spyOn(Taro, 'getFileSystemManager').mockReturnValue({
    readFile: ({ success }: { success: (res: { data: string }) => void }) => success({ data: JPEG_BASE64 }),
    writeFile: ({ success }: { success: () => void }) => success(),
    unlink: () => undefined,
  } as unknown as Taro.FileSystemManager)
}

const cleanups: (() => void)[] = []
const afterTest = (cleanup: () => void) => cleanups.push(cleanup)
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

const RENDER_WAIT = { timeout: 8000 }
const addPhoto = async () => fireEvent.click(await screen.findByText('添加照片（0/3）', {}, RENDER_WAIT))

beforeEach(async () => {
  localStorage.clear()
  wechat.agreed = false
  photoFiles()
  render(<ReportsPage />)
  showPage()
})

it('asks in its own dialog first; 拒绝 says 添加照片 will not work and how to allow it later', async () => {
  const picker = jest.fn(() => Promise.resolve(PICKED))
  chooseMediaLikeWeChat(picker)
  await addPhoto()
  expect(await screen.findByText('用户隐私保护提示')).toBeTruthy()
  expect(screen.getByText('查看《隐私政策》')).toBeTruthy()
  fireEvent.click(screen.getByText('拒绝'))
  expect(
    await screen.findByText(
      '未获授权：你没有同意隐私保护指引，暂时无法添加照片。如需添加照片，请再点一次「添加照片」，在弹出的说明里点「同意」。',
    ),
  ).toBeTruthy()
  expect(screen.queryByText('用户隐私保护提示')).toBeNull()
  expect(picker).not.toHaveBeenCalled()
})

it('opens the picker once the resident agrees, and adds the photo', async () => {
  const picker = jest.fn(() => Promise.resolve(PICKED))
  const chooseMedia = chooseMediaLikeWeChat(picker)
  await addPhoto()
  const agree = (await screen.findByText('同意')).closest('taro-button-core') as HTMLElement
  expect(agree.getAttribute('id')).toBe('privacy-agree')
  fireEvent(agree, new Event('agreeprivacyauthorization'))
  await waitFor(() => expect(picker).toHaveBeenCalledTimes(1))
  expect(chooseMedia).toHaveBeenCalledWith({
    count: 3,
    mediaType: ['image'],
    sourceType: ['album', 'camera'],
    sizeType: ['compressed'],
  })
  expect(await screen.findByLabelText('已选的第 1 张照片')).toBeTruthy()
  expect(screen.queryByText('用户隐私保护提示')).toBeNull()
  expect(screen.queryByText(/未获授权|失败/)).toBeNull()
})

describe('once agreed, a picker that gives no photo says which way it ended', () => {
  beforeEach(() => {
    wechat.agreed = true
  })

  it('closed by the resident: says nothing', async () => {
    chooseMediaLikeWeChat(() => Promise.reject({ errMsg: 'chooseMedia:fail cancel' }))
    await addPhoto()
    await waitFor(() => expect(Taro.chooseMedia).toHaveBeenCalled())
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByText(/未获授权|失败/)).toBeNull()
    expect(screen.getByText('添加照片（0/3）')).toBeTruthy()
  })

  it('album or camera not allowed: 未获授权, and where to allow it', async () => {
    // Where to allow it is said for the build the message is shown in: this file is the mini-program's.
    const env = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    afterTest(() => {
      process.env.TARO_ENV = env
    })
    chooseMediaLikeWeChat(() => Promise.reject({ errMsg: 'chooseMedia:fail auth deny' }))
    await addPhoto()
    expect(await screen.findByText(/^未获授权：微信没有允许使用相册和相机。请点右上角「···」→「设置」/)).toBeTruthy()
  })

  it('anything else: 选择照片失败, with what WeChat said', async () => {
    chooseMediaLikeWeChat(() => Promise.reject({ errMsg: 'chooseMedia:fail system error' }))
    await addPhoto()
    expect(await screen.findByText('选择照片失败：请稍后重试（chooseMedia:fail system error）')).toBeTruthy()
  })
})
