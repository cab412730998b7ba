// 长辈版's home: the tiles every tab opens on (the same six, in the same order, on every tab), and which guides
// 常用办事 offers — the resident's own saved and recent ones first, then guides most residents come for.

/** What older residents do most, one tile each (at most six). */
export type ElderTileKey = 'report' | 'call' | 'notices' | 'guides' | 'parks' | 'search'

export const ELDER_TILES: readonly { key: ElderTileKey; title: string; hint: string }[] = [
  { key: 'report', title: '小事快办', hint: '有事告诉社区，进度随时可查' },
  { key: 'call', title: '打电话', hint: '' },
  { key: 'notices', title: '社区通知', hint: '月湾湖社区发布的通知' },
  { key: 'guides', title: '常用办事', hint: '' },
  { key: 'parks', title: '今日公园', hint: '本月看点与开放情况' },
  { key: 'search', title: '搜索', hint: '找文章、办事指南、公园和通知' },
]

/** Guides offered when the resident has saved or opened none: the community's own services, then winter heating. */
export const ELDER_DEFAULT_GUIDES = ['community-yuewanhu', 'utilities-heating', 'gov-online-services'] as const

/** How many guides 常用办事 offers, each a full-width row. */
export const ELDER_GUIDE_COUNT = 2

/** The guides 常用办事 offers: saved first, then recently viewed, then the defaults — each once, existing ones only. */
export function elderGuideIds(saved: readonly string[], recent: readonly string[], known: readonly string[]): string[] {
  const exists = new Set(known)
  const ordered = [...saved, ...recent, ...ELDER_DEFAULT_GUIDES].filter((id) => exists.has(id))
  return [...new Set(ordered)].slice(0, ELDER_GUIDE_COUNT)
}
