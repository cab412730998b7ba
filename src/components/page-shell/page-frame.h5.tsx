// H5: pages that are not tabs get a back button of their own; Taro's page container scrolls by itself, so it gets
// tabindex and a name — keyboard users can scroll it (axe: scrollable-region-focusable); and the tab bar lives outside
// the page, so a class on <html> lets it grow in 长辈版; and the first page to render takes over from the prerendered
// first screen of index.html.
import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { UiMode } from '@/domain/theme'
import { FIRST_SCREEN_ATTRIBUTE, FIRST_SCREEN_HOST_ID } from '@/domain/first-screen'

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

/** The prerendered screen (scripts/prerender.ts) covers the window until a page has rendered under it. */
function removeFirstScreen(): void {
  document.getElementById(FIRST_SCREEN_HOST_ID)?.remove()
  document.querySelectorAll(`template[${FIRST_SCREEN_ATTRIBUTE}]`).forEach((template) => template.remove())
}

export function usePageFrame(anchorId: string, pageName: string, mode: UiMode): void {
  useEffect(() => {
    const page = document.getElementById(anchorId)?.closest('.taro_page')
    if (!page) return
    page.setAttribute('tabindex', '0')
    page.setAttribute('aria-label', pageName)
  }, [anchorId, pageName])
  useEffect(removeFirstScreen, [])
  useEffect(() => {
    document.documentElement.classList.toggle('elder-mode', mode === 'elder')
  }, [mode])
}
