// What the services search looks through: guide cards (found by their name, category and fields) and hotlines.
import type { GuideCard, Hotline, ServiceCategory } from '../../domain/content-schema'
import type { SearchDoc } from '../../domain/search'

export type ServiceSearchKind = 'guide' | 'hotline'

export function serviceSearchDocs(
  guides: readonly GuideCard[],
  categories: readonly ServiceCategory[],
  hotlines: readonly Hotline[],
): SearchDoc<ServiceSearchKind>[] {
  const categoryName = new Map(categories.map((c) => [c.id, c.name]))
  return [
    ...guides.map((g) => ({
      id: g.id,
      kind: 'guide' as const,
      title: g.name,
      keywords: [categoryName.get(g.categoryId) ?? '', ...(g.phone ? [g.phone] : [])].filter(Boolean),
    })),
    ...hotlines.map((h) => ({
      id: h.number,
      kind: 'hotline' as const,
      title: h.name,
      keywords: [h.number, h.purpose],
    })),
  ]
}
