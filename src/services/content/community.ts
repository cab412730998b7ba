// Bundled 社区介绍 (src/content/community.json).
import data from '@/content/community.json'
import type { Community } from '@/domain/content-schema'
import { bundled } from './bundled'

/** The communities as bundled, at once: for text that must be on the tab's first paint. */
export const bundledCommunities = (): Community[] => data as unknown as Community[]

export const loadCommunity = (): Promise<Community[]> => bundled<Community[]>(bundledCommunities())
