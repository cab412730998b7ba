// H5 only: Taro's page container scrolls by itself, so give it tabindex and a name — keyboard users can scroll it
// (axe: scrollable-region-focusable).
import { useEffect } from 'react'

export function useKeyboardScrollablePage(anchorId: string, pageName: string): void {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    const page = document.getElementById(anchorId)?.closest('.taro_page')
    if (!page) return
    page.setAttribute('tabindex', '0')
    page.setAttribute('aria-label', pageName)
  }, [anchorId, pageName])
}
