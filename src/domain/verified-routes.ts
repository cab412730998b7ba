// Links about one verifiable field: a worker's 核实 page and a resident's 信息有误 / 我来补充. Apart from routes.ts, which
// every first load carries (the weapp main package, H5's first page): only subpackage pages link to these.
import { REPORTS_PAGE, VERIFY_PAGE } from './routes'

/** The verify page for one field (`kind`, `id`, `field`), answering a 信息纠错 report when `reportId` is given. */
export function verifyUrl(params: { kind: string; id: string; field: string; reportId?: string }): string {
  const query = Object.entries(params)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
  return `/${VERIFY_PAGE}?${query.join('&')}`
}

/** 信息有误 / 我来补充 about one field: the 小事快办 form, category 信息纠错, about `subject`, place = the item's name. */
export function correctionUrl(subject: { kind: string; id: string; field: string }, place: string): string {
  const q = [
    ['kind', subject.kind],
    ['id', subject.id],
    ['field', subject.field],
    ['place', place],
  ]
  return `/${REPORTS_PAGE}?${q.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`
}
