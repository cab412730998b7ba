// Bundled 民生服务分类 (src/content/services.json).
import data from '@/content/services.json'
import type { ServiceCategory } from '@/domain/content-schema'
import { bundled } from './bundled'

export const loadServiceCategories = (): Promise<ServiceCategory[]> => bundled<ServiceCategory[]>(data)
