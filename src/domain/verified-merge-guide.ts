// A 民生 guide's fields merged with the verified facts (see verified-merge.ts): kept apart so that only the guide page
// (services subpackage) carries it, not the weapp main package.
import type { GuideCard } from './content-schema'
import { VERIFIABLE_FIELDS } from './verified-fields'
import { mergeField, subjectOf, type FactIndex, type MergedField, type ShownValue } from './verified-merge'

const text = (t: string | null): ShownValue | null => (t ? { kind: 'text', text: t } : null)
const list = (items: string[] | null): ShownValue | null => (items?.length ? { kind: 'list', items } : null)

/** A guide's bundled value of a field, as shown (its 地点 is an address with no map point). */
function bundledGuideValue(guide: GuideCard, field: keyof (typeof VERIFIABLE_FIELDS)['guide']): ShownValue | null {
  switch (field) {
    case 'where':
      return guide.where ? { kind: 'address', text: guide.where, point: null } : null
    case 'materials':
    case 'steps':
      return list(guide[field])
    case 'phone':
      return guide.phone ? { kind: 'phone', number: guide.phone } : null
    default:
      return text(guide[field])
  }
}

/** Every verifiable field of a guide, in VERIFIABLE_FIELDS order. */
export function mergeGuide(guide: GuideCard, index: FactIndex): MergedField[] {
  const fields = Object.keys(VERIFIABLE_FIELDS.guide) as (keyof (typeof VERIFIABLE_FIELDS)['guide'])[]
  return fields.map((field) =>
    mergeField(index, subjectOf('guide', guide.id, field), bundledGuideValue(guide, field), guide.sources),
  )
}
