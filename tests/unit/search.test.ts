// Services search: a resident types 汉字, full pinyin or initials, an everyday word or a typo, and finds the guide or
// hotline they mean, best match first, with the matched characters of its name picked out.
import { CONTENT_FILES } from '@/domain/content-schema'
import {
  buildSearchIndex,
  expandQuery,
  search,
  splitHighlight,
  SYNONYMS,
  type MatchLevel,
  type SearchDoc,
} from '@/domain/search'
import { searchDocs } from '@/domain/global-search'
import { readContentFile } from '../support/content-files'

const guides = CONTENT_FILES['guides.json'].parse(readContentFile('guides.json'))
const categories = CONTENT_FILES['services.json'].parse(readContentFile('services.json'))
const hotlines = CONTENT_FILES['hotlines.json'].parse(readContentFile('hotlines.json'))
/** The services part of the global index: guides and hotlines only. */
const serviceDocs = () => searchDocs({ news: [], guides, categories, hotlines, parks: [], notices: null })
const bundledIndex = buildSearchIndex(serviceDocs())

function guideIn(categoryId: string): string[] {
  const ids = guides.filter((g) => g.categoryId === categoryId).map((g) => g.id)
  if (ids.length === 0) throw new Error(`guides.json has no guide in category ${categoryId}`)
  return ids
}

/** The 供热 guide: the one card filed under 供热与水电管网 (its name is 冬季供暖). */
const [HEATING] = guideIn('utilities')
/** The guides filed under 就业与人力资源. */
const EMPLOYMENT = guideIn('employment')
/** The guide filed under 医疗. */
const MEDICAL = guideIn('medical')

const ids = (query: string) => search(bundledIndex, query).map((h) => h.doc.id)
const hitFor = (query: string, id: string) => search(bundledIndex, query).find((h) => h.doc.id === id)

/** What a result shows for `query`: its title split into [before, highlighted, after]. */
function shown(query: string, id: string): [string, string, string] {
  const hit = hitFor(query, id)
  if (!hit) throw new Error(`"${query}" does not find ${id}`)
  return splitHighlight(hit.doc.title, hit.highlight)
}

describe('the bundled content behind the search', () => {
  it('has the guides and hotlines the stories below look for', () => {
    expect(categories.find((c) => c.id === 'utilities')?.name).toBe('供热与水电管网')
    expect(guides.find((g) => g.id === HEATING)?.name).toBe('冬季供暖')
    expect(EMPLOYMENT).toHaveLength(2)
    expect(hotlines.find((h) => h.number === '12345')?.name).toBe('政务服务便民热线')
  })

  // Highlights count characters after whitespace is taken out; a title with a space would be highlighted off by one.
  it('has no whitespace in any title the search highlights', () => {
    const titles = serviceDocs().map((d) => d.title)
    expect(titles.filter((t) => /\s/.test(t))).toEqual([])
  })
})

describe('finding 供热 (heating) in the bundled content', () => {
  it.each([
    ['initials of 供暖', 'gn'],
    ['full pinyin of 供暖', 'gongnuan'],
    ['the everyday word 供暖', '供暖'],
    ['the content word 供热', '供热'],
    ['full pinyin of 供热', 'gongre'],
    ['a space and capitals typed by mistake', ' Gong Nuan '],
  ])('%s (%s) puts the 冬季供暖 guide first', (_how, query) => {
    expect(ids(query)[0]).toBe(HEATING)
  })

  it('highlights 供暖 in 冬季供暖 whether 供暖 is typed as 汉字, pinyin or initials', () => {
    for (const query of ['供暖', 'gongnuan', 'gn']) expect(shown(query, HEATING)).toEqual(['冬季', '供暖', ''])
  })
})

describe('finding 就业 (employment) in the bundled content', () => {
  it.each([
    ['full pinyin', 'jiuye'],
    ['initials', 'jy'],
    ['the everyday words 找工作', '找工作'],
    ['one typo (two letters swapped)', 'jiuey'],
  ])('%s (%s) finds both employment guides', (_how, query) => {
    expect(ids(query)).toEqual(expect.arrayContaining(EMPLOYMENT))
  })

  it('ranks the employment guides first for jiuye', () => {
    expect(ids('jiuye').slice(0, 2).sort()).toEqual([...EMPLOYMENT].sort())
  })

  it('highlights 就业 in 雨露计划与就业促进 for jiuye, and even for the typo jiuey', () => {
    expect(shown('jiuye', 'employment-yulu-plan')).toEqual(['雨露计划与', '就业', '促进'])
    expect(shown('jiuey', 'employment-yulu-plan')).toEqual(['雨露计划与', '就业', '促进'])
    expect(hitFor('jiuey', 'employment-yulu-plan')?.level).toBe('fuzzy')
  })

  it('finds 人力资源 for 找工作 and highlights it', () => {
    expect(shown('找工作', 'employment-hr-park')).toEqual(['', '人力资源', '服务产业园'])
    expect(ids('找工作')).toContain('12333')
  })
})

describe('finding 医疗 and hotlines in the bundled content', () => {
  it('看病 (and kanbing) finds the 医疗 guide and the 120 医疗急救电话', () => {
    for (const query of ['看病', 'kanbing']) {
      expect(ids(query)).toEqual(expect.arrayContaining([...MEDICAL, '120']))
    }
    expect(shown('看病', '120')).toEqual(['', '医疗', '急救电话'])
    // Ranked by its category 医疗; the name shows the other synonym, 医院.
    expect(shown('看病', MEDICAL[0])).toEqual(['高水平', '医院', '（2023年开工在即）'])
  })

  it('the number 12345 finds the 政务服务便民热线', () => {
    const hit = hitFor('12345', '12345')
    expect(hit?.doc.kind).toBe('hotline')
    expect(hit?.doc.title).toBe('政务服务便民热线')
    expect(hit?.level).toBe('exact')
  })

  it('a word nothing mentions finds nothing', () => {
    expect(ids('zzzz')).toEqual([])
    expect(ids('量子计算机')).toEqual([])
  })
})

describe('synonyms', () => {
  it('maps the everyday words of the issue to the words the content uses', () => {
    expect(SYNONYMS['供暖']).toContain('供热')
    expect(SYNONYMS['找工作']).toContain('就业')
    expect(SYNONYMS['看病']).toContain('医疗')
  })

  it('expands a query typed as 汉字, full pinyin or initials; the query itself comes first', () => {
    expect(expandQuery('供暖')).toEqual(['供暖', '供热'])
    expect(expandQuery('gongnuan')).toEqual(['gongnuan', '供热'])
    expect(expandQuery('GN')).toEqual(['gn', '供热'])
    expect(expandQuery('zhaogongzuo')).toEqual(expect.arrayContaining(['zhaogongzuo', '就业']))
    expect(expandQuery('kb')).toEqual(expect.arrayContaining(['kb', '医疗']))
  })

  it('leaves a word without synonyms alone', () => {
    expect(expandQuery('公园')).toEqual(['公园'])
  })

  it('ranks a direct match just above a synonym match of the same kind', () => {
    const index = buildSearchIndex([
      { id: 'synonym', kind: 'guide', title: '供热站' },
      { id: 'direct', kind: 'guide', title: '供暖站' },
    ])
    const hits = search(index, '供暖')
    expect(hits.map((h) => h.doc.id)).toEqual(['direct', 'synonym'])
    expect(hits[0].score).toBeGreaterThan(hits[1].score)
    expect(splitHighlight(hits[1].doc.title, hits[1].highlight)).toEqual(['', '供热', '站'])
  })
})

describe('ranking: exact > prefix > contains > fuzzy', () => {
  // Listed worst first, and the fuzzy and exact titles are the shortest, so neither input order nor the
  // shorter-title tie-break can produce the expected order by accident.
  const docs: SearchDoc[] = [
    { id: 'fuzzy', kind: 'guide', title: '公运' }, // gongyun: one letter short of gongyuan
    { id: 'contains', kind: 'guide', title: '湿地公园' },
    { id: 'prefix', kind: 'guide', title: '公园路口' },
    { id: 'exact', kind: 'guide', title: '公园' },
    { id: 'unrelated', kind: 'guide', title: '医疗' },
  ]
  const index = buildSearchIndex(docs)
  const levels = (query: string) => search(index, query).map((h) => [h.doc.id, h.level])

  it('orders full-pinyin matches by how well they match', () => {
    expect(levels('gongyuan')).toEqual([
      ['exact', 'exact'],
      ['prefix', 'prefix'],
      ['contains', 'contains'],
      ['fuzzy', 'fuzzy'],
    ])
  })

  it('orders 汉字 matches the same way (汉字 are never fuzzy)', () => {
    expect(levels('公园')).toEqual([
      ['exact', 'exact'],
      ['prefix', 'prefix'],
      ['contains', 'contains'],
    ])
  })

  it('gives each level a strictly lower score than the one before', () => {
    const scores = search(index, 'gongyuan').map((h) => h.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(new Set(scores).size).toBe(scores.length)
  })

  it('puts the shorter title first when two titles match equally well', () => {
    const tie = buildSearchIndex([
      { id: 'long', kind: 'guide', title: '公园管理处' },
      { id: 'short', kind: 'guide', title: '公园路' },
    ])
    expect(search(tie, '公园').map((h) => h.doc.id)).toEqual(['short', 'long'])
  })

  it('ranks a match in the title above the same match in a keyword, which has no highlight', () => {
    // Both are prefix matches; the title one is longer, so only the title's greater weight can put it first.
    const index2 = buildSearchIndex([
      { id: 'keyword', kind: 'hotline', title: '热线', keywords: ['12369热线'] },
      { id: 'title', kind: 'guide', title: '12369环保举报热线电话' },
    ])
    const hits = search(index2, '12369')
    expect(hits.map((h) => [h.doc.id, h.level])).toEqual([
      ['title', 'prefix'],
      ['keyword', 'prefix'],
    ])
    expect(hits[0].highlight).toEqual({ start: 0, end: 5 })
    expect(hits[1].highlight).toBeNull()
  })

  it('honours the limit', () => {
    expect(search(index, 'gongyuan', 2).map((h) => h.doc.id)).toEqual(['exact', 'prefix'])
  })
})

describe('one typo is forgiven, two are not', () => {
  const index = buildSearchIndex([{ id: 'jobs', kind: 'guide', title: '就业' }])
  const level = (query: string): MatchLevel | undefined => search(index, query)[0]?.level

  it.each([
    ['the right spelling', 'jiuye', 'exact'],
    ['two letters swapped', 'jiuey', 'fuzzy'],
    ['a letter missing', 'jiye', 'fuzzy'],
    ['a letter too many', 'jiuyee', 'fuzzy'],
    ['a wrong letter', 'jiuya', 'fuzzy'],
  ])('%s (%s) is %s', (_how, query, expected) => {
    expect(level(query)).toBe(expected)
  })

  it('two typos find nothing', () => {
    expect(search(index, 'juiey')).toEqual([])
    expect(search(index, 'jauya')).toEqual([])
  })

  it('a short query (under four letters) must be spelled right', () => {
    expect(search(index, 'jiy')).toEqual([])
  })
})

describe('highlights land on the characters that matched', () => {
  const index = buildSearchIndex([
    { id: 'park', kind: 'guide', title: '湿地公园' },
    { id: 'hr', kind: 'guide', title: '人力资源服务产业园' },
    { id: 'school', kind: 'guide', title: '上学：高水平高中等' },
    { id: 'hospital', kind: 'guide', title: '高水平医院（未开业）' },
  ])
  const highlighted = (query: string, id: string) => {
    const hit = search(index, query).find((h) => h.doc.id === id)
    if (!hit) throw new Error(`"${query}" does not find ${id}`)
    return splitHighlight(hit.doc.title, hit.highlight)
  }

  it.each([
    ['汉字', '公园', 'park', ['湿地', '公园', '']],
    ['汉字 at the start', '人力', 'hr', ['', '人力', '资源服务产业园']],
    ['full pinyin', 'ziyuan', 'hr', ['人力', '资源', '服务产业园']],
    ['full pinyin ending part-way into a syllable', 'ziyu', 'hr', ['人力', '资源', '服务产业园']],
    ['initials', 'fwcy', 'hr', ['人力资源', '服务产业', '园']],
    ['whole-title initials', 'sdgy', 'park', ['', '湿地公园', '']],
    ['pinyin after full-width punctuation', 'gaozhong', 'school', ['上学：高水平', '高中', '等']],
    ['pinyin inside brackets', 'kaiye', 'hospital', ['高水平医院（未', '开业', '）']],
    ['a typo in pinyin', 'shuipnig', 'hospital', ['高', '水平', '医院（未开业）']],
  ])('%s: %s → %j', (_how, query, id, parts) => {
    expect(highlighted(query, id)).toEqual(parts)
  })

  it('pinyin must start where a syllable starts: ngyuan (the tail of gongyuan) finds nothing', () => {
    expect(search(index, 'ngyuan')).toEqual([])
  })

  it('splitHighlight leaves the title whole when there is nothing to highlight', () => {
    expect(splitHighlight('政务服务便民热线', null)).toEqual(['政务服务便民热线', '', ''])
  })
})

describe('empty queries', () => {
  it.each([[''], ['   '], ['\n\t ']])('%j finds nothing and expands to nothing', (query) => {
    expect(search(bundledIndex, query)).toEqual([])
    expect(expandQuery(query)).toEqual([])
  })
})
