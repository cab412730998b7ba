// H5: ARIA as browsers read it — role + aria-*, and tab stops (Enter/Space come from app/h5-a11y.ts).
import type { LinkOptions } from './aria-props'

export function headingProps(level: 1 | 2 | 3): object {
  return { role: 'heading', 'aria-level': level }
}

/** Named by its content, never by aria-label (see aria-props.ts). */
export function linkProps({ describedBy }: LinkOptions = {}): object {
  return { role: 'link', tabIndex: 0, ...(describedBy ? { 'aria-describedby': describedBy } : {}) }
}

export function expandButtonProps(expanded: boolean, controls: string): object {
  return { role: 'button', tabIndex: 0, 'aria-expanded': expanded, 'aria-controls': controls }
}

export const scrollableRowProps: object = { tabIndex: 0 }

export function switchProps(checked: boolean): object {
  return { role: 'switch', tabIndex: 0, 'aria-checked': checked }
}
