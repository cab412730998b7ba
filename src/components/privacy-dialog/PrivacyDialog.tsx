// The app's own dialog for WeChat's privacy authorization: a one-line summary, a link to the 隐私政策, 同意 (WeChat's
// agreePrivacyAuthorization button) and 拒绝, while a privacy API waits (never in H5). On the report form and the
// 隐私政策 page only: in the tabs (weapp main package, 499 KB of a 500 KB budget) it would cost ~5 KB, and NutUI's
// Dialog ~33 KB, so it is a small modal of its own and the tabs open the 隐私政策 page to ask (privacy-gate).
import { useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { headingProps, linkProps } from '@/components/a11y/aria-props'
import { privacyUrl } from '@/domain/routes'
import { navigateTo } from '@/services/navigate'
import type { PrivacyRequest } from '@/services/privacy/privacy-gate'
import { answerPrivacyRequest, PRIVACY_AGREE_BUTTON_ID, watchPrivacyRequests } from '@/services/privacy/privacy-consent'
import './privacy-dialog.scss'

const TITLE = '用户隐私保护提示'
export const PRIVACY_SUMMARY = '添加照片、复制号码前，请先同意隐私保护指引：照片和报告只给本社区工作人员看。'

interface PrivacyDialogProps {
  /** On the 隐私政策 page: a panel above the policy (readable below it), not a modal, and no link to itself. */
  inline?: boolean
}

export function PrivacyDialog({ inline = false }: PrivacyDialogProps) {
  const [request, setRequest] = useState<PrivacyRequest | null>(null)
  // Answers requests only while its page is shown; a page without one opens the 隐私政策 page to ask.
  const stop = useRef<(() => void) | null>(null)
  const start = () => {
    stop.current ??= watchPrivacyRequests(setRequest)
  }
  const end = () => {
    stop.current?.()
    stop.current = null
  }
  useEffect(() => {
    start()
    return end
  }, [])
  useDidShow(start)
  useDidHide(end)
  const refuse = () => answerPrivacyRequest('disagree')
  // Nothing at all while no API waits (always, in H5): no hidden dialog in any page.
  if (!request) return null
  return (
    <View className={inline ? 'privacy-dialog privacy-dialog--inline' : 'privacy-dialog'} catchMove={!inline}>
      <View
        className='privacy-dialog__box'
        {...(inline ? { role: 'region' } : { role: 'dialog', 'aria-modal': 'true' })}
        aria-label={TITLE}
      >
        <Text className='privacy-dialog__title' {...headingProps(2)}>
          {TITLE}
        </Text>
        <Text className='privacy-dialog__summary'>{PRIVACY_SUMMARY}</Text>
        <Text className='privacy-dialog__note'>不同意也能浏览和提交不带照片的报告，只是不能添加照片和复制。</Text>
        {inline ? (
          <Text className='privacy-dialog__note'>隐私政策全文在下方。</Text>
        ) : (
          <View className='privacy-dialog__link' {...linkProps()} onClick={() => navigateTo(privacyUrl())}>
            查看《隐私政策》
          </View>
        )}
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
      </View>
    </View>
  )
}
