// Bundled 2021→2023 里程碑 (src/content/timeline.json).
import data from '@/content/timeline.json'
import type { Milestone } from '@/domain/content-schema'
import { bundled } from './bundled'

export const loadTimeline = (): Promise<Milestone[]> => bundled<Milestone[]>(data)
