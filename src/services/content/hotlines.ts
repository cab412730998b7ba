// Bundled 便民热线 (src/content/hotlines.json).
import data from '@/content/hotlines.json'
import type { Hotline } from '@/domain/content-schema'
import { bundled } from './bundled'

export const loadHotlines = (): Promise<Hotline[]> => bundled<Hotline[]>(data)
