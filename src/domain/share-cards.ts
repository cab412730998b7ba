// What a share sends: the card of a tab (to a chat) and of a detail page (to Moments, whose link carries only a query),
// and the scene WeChat opens a page shared to Moments in (single-page mode).
const APP_NAME = '西城区 · 月湾湖'

export interface ChatCard {
  title: string
  /** The page opened from the card, with its query. */
  path: string
}

export interface TimelineCard {
  title: string
  /** The query the page reads when opened from Moments (the page itself is the one shared). */
  query: string
}

/** A tab's card: its title and the app's name, opening the tab. */
export function tabShareCard(tab: { title: string; pagePath: string }): ChatCard {
  return { title: `${tab.title} · ${APP_NAME}`, path: `/${tab.pagePath}` }
}

/** A detail page's Moments card: `title`, opening the same page with the same id. */
export function timelineCard(title: string, id: string): TimelineCard {
  return { title, query: `id=${encodeURIComponent(id)}` }
}

/** 1154: a page opened from Moments (朋友圈单页模式) — it cannot navigate, log in or call most APIs. */
export const SINGLE_PAGE_SCENE = 1154

export function isSinglePageMode(scene: number | undefined): boolean {
  return scene === SINGLE_PAGE_SCENE
}
