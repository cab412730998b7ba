// Mini-program: ARIA as WeChat reads it — aria-role instead of role (no heading level, no aria-controls); no tab
// stops (there is no keyboard).

export function headingProps(): object {
  return { 'aria-role': 'heading' }
}

/** Named by its content, never by aria-label (see aria-props.ts); WeChat reads no aria-describedby. */
export function linkProps(): object {
  return { 'aria-role': 'link' }
}

export function expandButtonProps(expanded: boolean): object {
  return { 'aria-role': 'button', 'aria-expanded': expanded }
}

export const scrollableRowProps: object = {}

export function switchProps(checked: boolean): object {
  return { 'aria-role': 'switch', 'aria-checked': checked }
}
