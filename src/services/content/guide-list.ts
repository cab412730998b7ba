// The bundled 民生 guide cards as the tabs list them (民生's categories and saved guides, the 月湾湖 links, 长辈版's
// 常用办事): each name and category only — the weapp main package carries this, not the whole of guides.json (guides.ts).
import list from '@/content/guides.json?pick=id,name,categoryId'
import type { GuideListItem } from '@/domain/content-schema'
import { bundled } from './bundled'

/** The list at once: for tiles that must be whole on the first paint. */
export const bundledGuideList = (): GuideListItem[] => list as unknown as GuideListItem[]

export const loadGuideList = (): Promise<GuideListItem[]> => bundled<GuideListItem[]>(bundledGuideList())
