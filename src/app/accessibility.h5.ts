// H5: Taro's buttons and NutUI's mini-program roles become real roles with keyboard activation (h5-a11y.ts).
import { installH5ButtonSemantics } from './h5-a11y'

export function installAccessibility(): void {
  if (typeof document !== 'undefined') installH5ButtonSemantics()
}
