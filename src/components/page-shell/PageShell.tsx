// The frame of every page: theme for the reading mode (standard / 长辈版), a header with the title, the 长辈版 switch
// and (on the tabs) a 搜索 button, and the page's content; opened from Moments (weapp), the single-page-mode bar.
import { type ReactNode, useId } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, ConfigProvider } from '@nutui/nutui-react-taro'
import { appCssVars, nutuiThemeVars } from '@/domain/theme'
import { useUiMode } from '@/components/elder-mode/use-ui-mode'
import { ElderModeSwitch } from '@/components/elder-mode/ElderModeSwitch'
import { BackButton, usePageFrame } from './page-frame'
import { headingProps } from '@/components/a11y/aria-props'
import { SinglePageBar } from '@/components/single-page-bar/SinglePageBar'
import { searchUrl } from '@/domain/routes'
import { navigateTo } from '@/services/navigate'
import './page-shell.scss'

interface PageShellProps {
  title: string
  subtitle?: string
  /** Pages that are not tabs get a back button where the platform has none of its own (H5). */
  backTo?: string
  /** Tab pages: a 搜索 button in the header opens the one search over news, services, parks and notices. */
  search?: boolean
  children: ReactNode
}

export function PageShell({ title, subtitle, backTo, search, children }: PageShellProps) {
  const headerId = `page-header-${useId().replace(/:/g, '')}`
  const mode = useUiMode()
  usePageFrame(headerId, title, mode)
  return (
    <ConfigProvider
      className={`page-shell page-shell--${mode}`}
      direction='ltr'
      theme={nutuiThemeVars(mode)}
      style={appCssVars(mode)}
    >
      <SinglePageBar />
      <View id={headerId} className='page-shell__header' role='banner'>
        <View className='page-shell__bar'>
          {backTo ? (
            <BackButton to={backTo} />
          ) : search ? (
            <Button
              className='page-shell__search'
              fill='outline'
              aria-label='搜索'
              onClick={() => navigateTo(searchUrl())}
            >
              <View className='page-shell__search-glyph' aria-hidden='true' />
              搜索
            </Button>
          ) : (
            <View />
          )}
          <ElderModeSwitch />
        </View>
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
