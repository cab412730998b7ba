// The frame of every page: NutUI theme provider, a header with the page title and the page's content.
import { type ReactNode, useId } from 'react'
import { View, Text } from '@tarojs/components'
import { ConfigProvider } from '@nutui/nutui-react-taro'
import { NUTUI_THEME } from './nutui-theme'
import { useKeyboardScrollablePage } from './use-keyboard-scrollable-page'
import { headingProps } from '../a11y/heading-props'
import './page-shell.scss'

interface PageShellProps {
  title: string
  subtitle?: string
  children: ReactNode
}

export function PageShell({ title, subtitle, children }: PageShellProps) {
  const headerId = `page-header-${useId().replace(/:/g, '')}`
  useKeyboardScrollablePage(headerId, title)
  return (
    <ConfigProvider className='page-shell' direction='ltr' theme={NUTUI_THEME}>
      <View id={headerId} className='page-shell__header' role='banner'>
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
