// ARIA props that work in both builds: H5 reads role + aria-*, weapp reads aria-role.
export function headingProps(level: 1 | 2 | 3): object {
  return process.env.TARO_ENV === 'weapp' ? { 'aria-role': 'heading' } : { role: 'heading', 'aria-level': level }
}

/** A tappable card read as a link in H5 (reachable by screen readers); weapp reads aria-role. */
export function linkProps(label: string): object {
  return process.env.TARO_ENV === 'weapp'
    ? { 'aria-role': 'link', 'aria-label': label }
    : { role: 'link', tabIndex: 0, 'aria-label': label }
}

/** A header that opens and closes a section, named by its own text: a button in H5 (keyboard via h5-a11y), aria-role button in weapp. */
export function expandButtonProps(expanded: boolean, controls: string): object {
  return process.env.TARO_ENV === 'weapp'
    ? { 'aria-role': 'button', 'aria-expanded': expanded }
    : { role: 'button', tabIndex: 0, 'aria-expanded': expanded, 'aria-controls': controls }
}
