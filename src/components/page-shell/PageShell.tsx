// The frame of every page: NutUI theme provider, a header with the page title and the page's content.
import { type ReactNode, useId } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, ConfigProvider } from '@nutui/nutui-react-taro'
import { NUTUI_THEME } from './nutui-theme'
import { useKeyboardScrollablePage } from './use-keyboard-scrollable-page'
import { headingProps } from '../a11y/aria-props'
import './page-shell.scss'

interface PageShellProps {
  title: string
  subtitle?: string
  /** Pages that are not tabs get a back button in H5 (WeChat's own bar has one in the mini-program). */
  backTo?: string
  children: ReactNode
}

/** Back to the previous page, or to `home` when the page was opened directly from a link. */
function goBack(home: string): void {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else Taro.switchTab({ url: home })
}

export function PageShell({ title, subtitle, backTo, children }: PageShellProps) {
  const headerId = `page-header-${useId().replace(/:/g, '')}`
  useKeyboardScrollablePage(headerId, title)
  return (
    <ConfigProvider className='page-shell' direction='ltr' theme={NUTUI_THEME}>
      <View id={headerId} className='page-shell__header' role='banner'>
        {backTo && process.env.TARO_ENV === 'h5' ? (
          <Button className='page-shell__back' fill='none' aria-label='返回上一页' onClick={() => goBack(backTo)}>
            ‹ 返回
          </Button>
        ) : null}
        <Text className='page-shell__title' {...headingProps(1)}>
          {title}
        </Text>
        {subtitle ? <Text className='page-shell__subtitle'>{subtitle}</Text> : null}
      </View>
      <View className='page-shell__body' role='main'>
        {children}
      </View>
    </ConfigProvider>
  )
}
