// The app's own dialog for WeChat's privacy authorization: a one-line summary, a link to the 隐私政策, 同意 (WeChat's
// agreePrivacyAuthorization button) and 拒绝. Shown on every page while a privacy API waits (never in H5).
import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import { linkProps } from '@/components/a11y/aria-props'
import { privacyUrl } from '@/domain/routes'
import { navigateTo } from '@/services/navigate'
import {
  answerPrivacyRequest,
  PRIVACY_AGREE_BUTTON_ID,
  watchPrivacyRequests,
  type PrivacyRequest,
} from '@/services/privacy/privacy-gate'
import './privacy-dialog.scss'

export const PRIVACY_SUMMARY = '添加照片、复制号码前，请先同意隐私保护指引：照片和报告只给本社区工作人员看。'

export function PrivacyDialog() {
  const [request, setRequest] = useState<PrivacyRequest | null>(null)
  useEffect(() => watchPrivacyRequests(setRequest), [])
  const refuse = () => answerPrivacyRequest('disagree')
  // Nothing at all while no API waits (always, in H5): no hidden dialog in any page.
  if (!request) return null
  return (
    <Dialog
      className='privacy-dialog'
      visible
      title='用户隐私保护提示'
      closeOnOverlayClick={false}
      content={
        <View className='privacy-dialog__content'>
          <Text className='privacy-dialog__summary'>{PRIVACY_SUMMARY}</Text>
          <Text className='privacy-dialog__note'>不同意也能浏览和提交不带照片的报告，只是不能添加照片和复制。</Text>
          <View
            className='privacy-dialog__link'
            {...linkProps('查看《隐私政策》')}
            onClick={() => navigateTo(privacyUrl())}
          >
            查看《隐私政策》
          </View>
        </View>
      }
      footer={
        <View className='privacy-dialog__actions'>
          <Button className='privacy-dialog__button' fill='outline' onClick={refuse}>
            拒绝
          </Button>
          <Button
            className='privacy-dialog__button'
            type='primary'
            id={PRIVACY_AGREE_BUTTON_ID}
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answerPrivacyRequest('agree')}
          >
            同意
          </Button>
        </View>
      }
      onClose={refuse}
    />
  )
}
