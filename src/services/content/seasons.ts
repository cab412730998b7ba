// Bundled seasonal tips for parks (src/content/seasons.json), all labelled 一般规律.
import data from '@/content/seasons.json'
import type { SeasonTip } from '@/domain/content-schema'
import { bundled } from './bundled'

export const loadSeasonTips = (): Promise<SeasonTip[]> => bundled<SeasonTip[]>(data)
