// 进度通知我 on the web (H5): WeChat cannot push there, so there is no button and nothing is asked; the line under
// 我的报告 says where progress shows instead.
import { render, screen } from '@testing-library/react'
import { messageTemplates } from '@/services/community/message-subscriptions'
import { ProgressSubscribe, PROGRESS_ELSEWHERE } from '@/features/community/reports/ProgressSubscribe'
import { WebOnlyHint } from '@/features/community/messages/SubscribeButton'

jest.mock('@/services/community/message-subscriptions', () => ({
  messageTemplates: jest.fn().mockResolvedValue({ report: 'tmpl-report-progress-0001', notice: null }),
  subscribeToReport: jest.fn(),
  subscribeToNotices: jest.fn(),
}))

it('shows where progress appears instead of a WeChat button', async () => {
  render(
    <>
      <WebOnlyHint text={`网页版收不到微信通知：${PROGRESS_ELSEWHERE}`} />
      <ProgressSubscribe reportId='report-0001' />
    </>,
  )
  expect(await screen.findByText('网页版收不到微信通知：办理进度会显示在「我的消息」和「我的报告」里')).toBeTruthy()
  expect(screen.queryByText('进度通知我')).toBeNull()
  expect(messageTemplates).not.toHaveBeenCalled()
})
