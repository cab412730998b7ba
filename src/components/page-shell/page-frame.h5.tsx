// H5: pages that are not tabs get a back button of their own; Taro's page container scrolls by itself, so it gets
// tabindex and a name — keyboard users can scroll it (axe: scrollable-region-focusable); and the tab bar lives outside
// the page, so a class on <html> lets it grow in 长辈版.
import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { UiMode } from '@/domain/theme'

/** Back to the previous page, or to `home` when the page was opened directly from a link. */
function goBack(home: string): void {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else Taro.switchTab({ url: home })
}

export function BackButton({ to }: { to: string }) {
  return (
    <Button className='page-shell__back' fill='none' aria-label='返回上一页' onClick={() => goBack(to)}>
      ‹ 返回
    </Button>
  )
}

export function usePageFrame(anchorId: string, pageName: string, mode: UiMode): void {
  useEffect(() => {
    const page = document.getElementById(anchorId)?.closest('.taro_page')
    if (!page) return
    page.setAttribute('tabindex', '0')
    page.setAttribute('aria-label', pageName)
  }, [anchorId, pageName])
  useEffect(() => {
    document.documentElement.classList.toggle('elder-mode', mode === 'elder')
  }, [mode])
}
