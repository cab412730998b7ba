// 进度通知我 in the mini-program: WeChat's subscription sheet is asked for only when the resident taps (never on
// render), with the configured template id; the accepted id goes to the server and the button says what happens next;
// saying no is answered kindly and sends nothing; without a configured template there is no button.
import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { messageTemplates, subscribeToReport } from '@/services/community/message-subscriptions'
import { ProgressSubscribe } from '@/features/community/reports/ProgressSubscribe'
import { NoticeSubscribe } from '@/features/community/notices/NoticeSubscribe'

// The mini-program's platform file, as the weapp build picks it (jest picks the H5 one by default).
jest.mock('@/services/community/subscribe-prompt', () =>
  jest.requireActual('@/services/community/subscribe-prompt.weapp'),
)
jest.mock('@/services/community/message-subscriptions', () => ({
  messageTemplates: jest.fn(),
  subscribeToReport: jest.fn(),
  subscribeToNotices: jest.fn(),
}))

const TEMPLATES = { report: 'tmpl-report-progress-0001', notice: 'tmpl-new-notice-0002' }
const taro = Taro as unknown as { requestSubscribeMessage?: unknown }
taro.requestSubscribeMessage ??= () => Promise.reject(new Error('not in H5'))
const askSheet = (answer: Record<string, string> | Error) =>
  jest
    .spyOn(Taro, 'requestSubscribeMessage')
    .mockImplementation(
      () =>
        (answer instanceof Error
          ? Promise.reject(answer)
          : Promise.resolve({ errMsg: 'requestSubscribeMessage:ok', ...answer })) as ReturnType<
          typeof Taro.requestSubscribeMessage
        >,
    )

beforeEach(() => {
  jest.mocked(messageTemplates).mockResolvedValue(TEMPLATES)
  jest.mocked(subscribeToReport).mockResolvedValue(1)
})

it('asks WeChat only after the tap, then tells the server which template was accepted', async () => {
  const ask = askSheet({ [TEMPLATES.report]: 'accept' })
  render(<ProgressSubscribe reportId='report-0001' />)
  const button = await screen.findByText('进度通知我')
  expect(ask).not.toHaveBeenCalled()
  fireEvent.click(button)
  await waitFor(() => expect(ask).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: [TEMPLATES.report] })))
  await waitFor(() => expect(subscribeToReport).toHaveBeenCalledWith('report-0001', [TEMPLATES.report]))
  expect(await screen.findByText(/已开启：下一次进度更新会通过微信通知您/)).toBeTruthy()
  expect(ask).toHaveBeenCalledTimes(1)
})

it('answers a refusal kindly and sends nothing to the server', async () => {
  askSheet({ [TEMPLATES.report]: 'reject' })
  render(<ProgressSubscribe reportId='report-0001' />)
  fireEvent.click(await screen.findByText('进度通知我'))
  expect(await screen.findByText(/没有开启微信通知也没关系：办理进度会显示在「我的消息」和「我的报告」里/)).toBeTruthy()
  expect(subscribeToReport).not.toHaveBeenCalled()
  // The button stays: another tap may ask again.
  expect(screen.getByText('进度通知我')).toBeTruthy()
})

it('says so when WeChat cannot ask, and keeps working', async () => {
  askSheet(Object.assign(new Error('requestSubscribeMessage:fail'), { errCode: 20001 }))
  render(<ProgressSubscribe reportId='report-0001' />)
  fireEvent.click(await screen.findByText('进度通知我'))
  expect(await screen.findByText(/微信暂时无法开启通知，请稍后再试/)).toBeTruthy()
  expect(subscribeToReport).not.toHaveBeenCalled()
})

it('shows no button when the server names no template', async () => {
  jest.mocked(messageTemplates).mockResolvedValue({ report: null, notice: null })
  const ask = askSheet({})
  render(
    <>
      <ProgressSubscribe reportId='report-0001' />
      <NoticeSubscribe />
    </>,
  )
  await waitFor(() => expect(messageTemplates).toHaveBeenCalled())
  await new Promise((resolve) => setTimeout(resolve, 0))
  expect(screen.queryByText('进度通知我')).toBeNull()
  expect(screen.queryByText('订阅新通知')).toBeNull()
  expect(ask).not.toHaveBeenCalled()
})
