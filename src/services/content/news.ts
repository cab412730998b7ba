// Bundled 要闻文章 (src/content/news.json).
import data from '@/content/news.json'
import type { NewsArticle } from '@/domain/content-schema'
import { bundled } from './bundled'

export const loadNews = (): Promise<NewsArticle[]> => bundled<NewsArticle[]>(data)
