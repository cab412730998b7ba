// H5: the browser's default font size (a person who enlarged it in the browser's settings gets a bigger `medium`).
import { fontScale } from '@/domain/font-scale'
import type { SystemFont } from './system-font'

export function systemFont(): SystemFont {
  try {
    const probe = document.createElement('div')
    probe.style.fontSize = 'medium'
    document.body.appendChild(probe)
    const px = parseFloat(getComputedStyle(probe).fontSize)
    probe.remove()
    return { scale: fontScale({ host: 'browser', px }) }
  } catch {
    return { scale: null }
  }
}
