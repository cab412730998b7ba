// The one search across the app: a resident types once and gets 要闻, 办事指南, 便民热线, 公园 and 社区通知 in that order
// with a count each; the 民生 entry searches only guides and hotlines; 长辈版 words are recognised in 汉字 and pinyin;
// recent searches are kept newest first, without repeats, at most 8, and survive broken storage.
import { CONTENT_FILES } from '@/domain/content-schema'
import {
  addRecentSearch,
  asksForElderMode,
  MAX_RECENT_SEARCHES,
  parseRecentSearches,
  parseScope,
  searchDocs,
  searchGrouped,
  type SearchContent,
} from '@/domain/global-search'
import type { NoticeFeed } from '@/domain/notice/feed'
import { buildSearchIndex } from '@/domain/search'
import { STORAGE_KEYS, type KeyValueStore } from '@/services/storage'
import { createRecentSearches } from '@/services/recent-searches'
import { readContentFile } from '../support/content-files'

const bundled: Omit<SearchContent, 'notices'> = {
  news: CONTENT_FILES['news.json'].parse(readContentFile('news.json')),
  guides: CONTENT_FILES['guides.json'].parse(readContentFile('guides.json')),
  categories: CONTENT_FILES['services.json'].parse(readContentFile('services.json')),
  hotlines: CONTENT_FILES['hotlines.json'].parse(readContentFile('hotlines.json')),
  parks: CONTENT_FILES['parks.json'].parse(readContentFile('parks.json')),
}

const notice = (id: string, title: string, category: string) => ({
  id,
  title,
  category,
  body: '正文',
  audience: '全体居民',
  pinned: false,
  publishAt: '2026-11-01T01:00:00.000Z',
  expireAt: null,
  state: 'published',
})

const feed = {
  serverTime: '2026-11-20T00:00:00.000Z',
  current: [notice('n1', '周六小区停水通知', '停水停电')],
  past: [notice('n0', '上月停水已恢复', '停水停电')],
} as unknown as NoticeFeed

const index = buildSearchIndex(searchDocs({ ...bundled, notices: feed }))
const withoutNotices = buildSearchIndex(searchDocs({ ...bundled, notices: null }))

const groupTitles = (query: string, scope: 'all' | 'services' = 'all') =>
  searchGrouped(index, query, scope).map((g) => g.title)

describe('what the search looks through', () => {
  it('holds every article, guide, hotline and park, and the cached notices (current and past)', () => {
    const kinds = searchDocs({ ...bundled, notices: feed }).map((d) => d.kind)
    const count = (k: string) => kinds.filter((x) => x === k).length
    expect([count('news'), count('guide'), count('hotline'), count('park'), count('notice')]).toEqual([
      bundled.news.length,
      bundled.guides.length,
      bundled.hotlines.length,
      bundled.parks.length,
      2,
    ])
  })

  // Highlights count characters after whitespace is taken out; a title with a space would be highlighted off by one.
  it('has no whitespace in any title the search highlights', () => {
    const titles = searchDocs({ ...bundled, notices: feed }).map((d) => d.title)
    expect(titles.filter((t) => /\s/.test(t))).toEqual([])
  })
})

describe('one query, results grouped by type', () => {
  it('shidi (湿地) finds the news and the wetland parks, 要闻 before 公园, with a count that matches', () => {
    const groups = searchGrouped(index, 'shidi', 'all')
    expect(groups.map((g) => g.title)).toEqual(['要闻', '公园'])
    const parks = groups[1].hits.map((h) => h.doc.title)
    expect(parks).toEqual(expect.arrayContaining(['花溪湿地公园', '滢溪湿地公园', '棠溪湿地公园', '小南湖湿地公园']))
    expect(groups[0].hits.map((h) => h.doc.title)).toContain('新建6条道路8座桥梁，湿地公园建成开园')
  })

  it('picks out 湿地 in a park found by pinyin', () => {
    const park = searchGrouped(index, 'shidi', 'all')
      .flatMap((g) => g.hits)
      .find((h) => h.doc.title === '花溪湿地公园')
    expect(park?.highlight).toEqual({ start: 2, end: 4 })
  })

  it('供暖 finds the 冬季供暖 guide and the news that mentions 供热, in the order 要闻, 办事指南', () => {
    expect(groupTitles('供暖')).toEqual(['要闻', '办事指南'])
  })

  it('12345 finds its hotline, with the number as the line under it, and the guides that give it', () => {
    const groups = searchGrouped(index, '12345', 'all')
    expect(groups.map((g) => g.title)).toEqual(['办事指南', '便民热线'])
    expect(groups[1].hits.map((h) => [h.doc.title, h.doc.detail])).toEqual([['政务服务便民热线', '12345']])
  })

  it('a typo (jiuey) still finds the employment guide first when nothing matches directly', () => {
    expect(searchGrouped(index, 'jiuey', 'all')[0].hits[0].doc.title).toBe('雨露计划与就业促进')
  })

  it('leaves out typo matches when the query matches directly (shidi is not 市级 or 食品)', () => {
    const titles = searchGrouped(index, 'shidi', 'all').flatMap((g) => g.hits.map((h) => h.doc.title))
    expect(titles).not.toContain('食品安全')
    expect(searchGrouped(index, 'shidi', 'all').flatMap((g) => g.hits.map((h) => h.level))).not.toContain('fuzzy')
  })

  it('finds a cached notice by pinyin initials, and marks a past one 往期', () => {
    const group = searchGrouped(index, 'tingshui', 'all').find((g) => g.kind === 'notice')!
    expect(group.title).toBe('社区通知')
    expect(group.hits.map((h) => [h.doc.title, h.doc.detail])).toEqual(
      expect.arrayContaining([
        ['周六小区停水通知', '停水停电'],
        ['上月停水已恢复', '停水停电 · 往期'],
      ]),
    )
  })

  it('has no 社区通知 group when no notices are cached', () => {
    // 停水 still leads somewhere: 小事快办 and 12345 (everyday-words.ts).
    expect(searchGrouped(withoutNotices, 'tingshui', 'all').map((g) => g.title)).toEqual(['常用功能', '便民热线'])
  })

  it('finds nothing for nonsense or an empty box', () => {
    expect(searchGrouped(index, 'xqzv', 'all')).toEqual([])
    expect(searchGrouped(index, '   ', 'all')).toEqual([])
  })
})

describe('the scope a search is opened with', () => {
  it('from the 民生 entry (services) shows only guides and hotlines', () => {
    expect(groupTitles('湿地', 'services')).toEqual([])
    expect(groupTitles('湿地', 'all')).toEqual(['要闻', '公园'])
    expect(groupTitles('供暖', 'services')).toEqual(['办事指南'])
    expect(groupTitles('12345', 'services')).toEqual(['办事指南', '便民热线'])
  })

  it('reads the page parameter; anything unknown searches everything', () => {
    expect(parseScope('services')).toBe('services')
    expect([parseScope(undefined), parseScope(''), parseScope('parks<script>')]).toEqual(['all', 'all', 'all'])
  })
})

describe('asking for large text', () => {
  it.each([
    '长辈版',
    '关怀版',
    '大字',
    '字大一点',
    '我要长辈版',
    'zhangbeiban',
    'guanhuaiban',
    'dazi',
    'zbb',
    ' ZhangBeiBan ',
  ])('%s offers the 长辈版 switch', (query) => expect(asksForElderMode(query)).toBe(true))

  it.each(['', '供暖', 'da', 'zhang', '长辈', 'shidi'])('"%s" does not', (query) => {
    expect(asksForElderMode(query)).toBe(false)
  })
})

describe('recent searches', () => {
  it('puts the newest first, drops its older copy, trims it, and ignores a blank query', () => {
    let list: string[] = []
    for (const q of ['供暖', 'shidi', ' 供暖 ', '  ']) list = addRecentSearch(list, q)
    expect(list).toEqual(['供暖', 'shidi'])
  })

  it(`keeps at most ${MAX_RECENT_SEARCHES}`, () => {
    let list: string[] = []
    for (let i = 1; i <= 12; i++) list = addRecentSearch(list, `词${i}`)
    expect(list).toHaveLength(MAX_RECENT_SEARCHES)
    expect(list[0]).toBe('词12')
    expect(list).not.toContain('词4')
  })

  it('reads corrupted storage as none', () => {
    expect(parseRecentSearches('not a list')).toEqual([])
    expect(parseRecentSearches({ 0: '供暖' })).toEqual([])
    expect(parseRecentSearches([1, null, '供暖', '供暖'])).toEqual(['供暖'])
  })

  const memoryStore = (initial: Record<string, unknown> = {}, failWrites = false) => {
    const data = { ...initial }
    const store: KeyValueStore = {
      read: (key) => data[key],
      write: (key, value) => {
        if (failWrites) throw new Error('full')
        data[key] = value
      },
    }
    return { store, data }
  }

  it('saves them under a versioned key and clears them', () => {
    const { store, data } = memoryStore()
    const recents = createRecentSearches(store)
    expect(recents.add('shidi')).toBe(true)
    expect(recents.add('供暖')).toBe(true)
    expect(data[STORAGE_KEYS.recentSearches]).toEqual(['供暖', 'shidi'])
    expect(createRecentSearches(store).list()).toEqual(['供暖', 'shidi'])
    expect(recents.clear()).toBe(true)
    expect(recents.list()).toEqual([])
  })

  it('starts empty when what is stored is corrupted', () => {
    const { store } = memoryStore({ [STORAGE_KEYS.recentSearches]: '{broken' })
    const recents = createRecentSearches(store)
    expect(recents.list()).toEqual([])
    recents.add('shidi')
    expect(recents.list()).toEqual(['shidi'])
  })

  it('keeps working in memory when storage is full', () => {
    const { store } = memoryStore({}, true)
    const recents = createRecentSearches(store)
    expect(recents.add('shidi')).toBe(false)
    expect(recents.add('供暖')).toBe(false)
    expect(recents.list()).toEqual(['供暖', 'shidi'])
    recents.clear()
    expect(recents.list()).toEqual([])
  })
})
