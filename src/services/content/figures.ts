// Bundled 要闻关键数据 (src/content/figures.json).
import data from '@/content/figures.json'
import type { KeyFigure } from '@/domain/content-schema'
import { bundled } from './bundled'

export const loadFigures = (): Promise<KeyFigure[]> => bundled<KeyFigure[]>(data)
