// H5: Taro's page container scrolls by itself, so it gets tabindex and a name — keyboard users can scroll it (axe:
// scrollable-region-focusable); and the tab bar lives outside the page, so a class on <html> lets it grow in 长辈版.
import { useEffect } from 'react'
import type { UiMode } from '@/domain/theme'

export const DRAWS_BACK_BUTTON = true

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
