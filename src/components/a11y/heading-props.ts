// Heading semantics for Taro's Text/View in both builds: H5 reads role + aria-level, weapp reads aria-role.
export function headingProps(level: 1 | 2 | 3): object {
  return process.env.TARO_ENV === 'weapp' ? { 'aria-role': 'heading' } : { role: 'heading', 'aria-level': level }
}
