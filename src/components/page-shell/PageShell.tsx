// The frame of every page: NutUI theme provider, a header with the page title and the page's content.
import { type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { ConfigProvider } from '@nutui/nutui-react-taro'
import { NUTUI_THEME } from './nutui-theme'
import { headingProps } from '../a11y/heading-props'
import './page-shell.scss'

interface PageShellProps {
  title: string
  subtitle?: string
  children: ReactNode
}

export function PageShell({ title, subtitle, children }: PageShellProps) {
  return (
    <ConfigProvider className='page-shell' direction='ltr' theme={NUTUI_THEME}>
      <View className='page-shell__header' role='banner'>
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
