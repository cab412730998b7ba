// Bundled 公园绿地 (src/content/parks.json).
import data from '@/content/parks.json'
import type { Park } from '@/domain/content-schema'
import { bundled } from './bundled'

export const loadParks = (): Promise<Park[]> => bundled<Park[]>(data)
