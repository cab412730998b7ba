// The only reader of bundled content JSON: parses each file with its schema and returns domain types.
import type { z } from 'zod'
import newsJson from '../content/news.json'
import servicesJson from '../content/services.json'
import hotlinesJson from '../content/hotlines.json'
import parksJson from '../content/parks.json'
import communityJson from '../content/community.json'
import {
  CONTENT_FILES,
  type Community,
  type ContentFileName,
  type Hotline,
  type NewsArticle,
  type Park,
  type ServiceCategory,
} from '../domain/content-schema'

const RAW: Record<ContentFileName, unknown> = {
  'news.json': newsJson,
  'services.json': servicesJson,
  'hotlines.json': hotlinesJson,
  'parks.json': parksJson,
  'community.json': communityJson,
}

const parsed = new Map<ContentFileName, unknown>()

/** Parses a bundled file once; a malformed file rejects with a message naming it. */
function load<F extends ContentFileName>(file: F): Promise<z.infer<(typeof CONTENT_FILES)[F]>> {
  return new Promise((resolve, reject) => {
    if (!parsed.has(file)) {
      const result = CONTENT_FILES[file].safeParse(RAW[file])
      if (!result.success) {
        reject(new Error(`内容文件 ${file} 格式有误`))
        return
      }
      parsed.set(file, result.data)
    }
    resolve(parsed.get(file) as z.infer<(typeof CONTENT_FILES)[F]>)
  })
}

export const loadNews = (): Promise<NewsArticle[]> => load('news.json')
export const loadServiceCategories = (): Promise<ServiceCategory[]> => load('services.json')
export const loadHotlines = (): Promise<Hotline[]> => load('hotlines.json')
export const loadParks = (): Promise<Park[]> => load('parks.json')
export const loadCommunity = (): Promise<Community[]> => load('community.json')
