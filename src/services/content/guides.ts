// Bundled 民生 guide cards (src/content/guides.json), whole: a guide's page, search and the desk (tabs: guide-list.ts).
import data from '@/content/guides.json'
import type { GuideCard } from '@/domain/content-schema'
import { bundled } from './bundled'

export const loadGuides = (): Promise<GuideCard[]> => bundled<GuideCard[]>(data)
