// Bundled 要闻文章 (src/content/news.json), whole: an article's page and search (the tabs use news-list.ts).
import data from '@/content/news.json'
import type { NewsArticle } from '@/domain/content-schema'
import { bundled } from './bundled'

export const loadNews = (): Promise<NewsArticle[]> => bundled<NewsArticle[]>(data)
