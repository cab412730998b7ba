// Bundled 民生 guide cards (src/content/guides.json).
import data from '@/content/guides.json'
import type { GuideCard } from '@/domain/content-schema'
import { bundled } from './bundled'

export const loadGuides = (): Promise<GuideCard[]> => bundled<GuideCard[]>(data)
