// Bundled 社区介绍 (src/content/community.json).
import data from '@/content/community.json'
import type { Community } from '@/domain/content-schema'
import { bundled } from './bundled'

export const loadCommunity = (): Promise<Community[]> => bundled<Community[]>(data)
