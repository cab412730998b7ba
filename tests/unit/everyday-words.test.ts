// A resident types the words they use (医保, 停水, 路灯坏了, 小事快办, 收藏 …) and the search leads to the guide, hotline
// or feature about it — in the whole-app search and in the 民生 search — from the one word list; the list only
// points at guides, categories and hotlines that exist, and 长辈版 words still offer the switch.
import { CONTENT_FILES } from '@/domain/content-schema'
import { EVERYDAY_WORDS, FEATURE_RESULTS } from '@/domain/everyday-words'
import {
  asksForElderMode,
  searchDocs,
  searchGrouped,
  type SearchContent,
  type SearchScope,
} from '@/domain/global-search'
import { FEATURE_PAGES } from '@/domain/feature-pages'
import { HOTLINES_PAGE, MESSAGES_PAGE, REPORTS_PAGE } from '@/domain/routes'
import { buildSearchIndex } from '@/domain/search'
import { readContentFile } from '../support/content-files'

const content: SearchContent = {
  news: CONTENT_FILES['news.json'].parse(readContentFile('news.json')),
  guides: CONTENT_FILES['guides.json'].parse(readContentFile('guides.json')),
  categories: CONTENT_FILES['services.json'].parse(readContentFile('services.json')),
  hotlines: CONTENT_FILES['hotlines.json'].parse(readContentFile('hotlines.json')),
  parks: CONTENT_FILES['parks.json'].parse(readContentFile('parks.json')),
  notices: null,
}
const index = buildSearchIndex(searchDocs(content))

/** What a search finds first in each group, as kind:id (features by id, hotlines by number, guides by id). */
function found(query: string, scope: SearchScope = 'all'): string[] {
  return searchGrouped(index, query, scope).flatMap((g) => g.hits.map((h) => `${h.doc.kind}:${h.doc.id}`))
}

const REPORT = 'feature:report'

describe('everyday words lead where a resident expects', () => {
  it.each([
    ['医保', ['hotline:12345']],
    ['养老', ['hotline:12333', 'hotline:12345']],
    ['退休', ['hotline:12333']],
    ['社保', ['hotline:12333']],
    ['停水', ['hotline:12345', REPORT]],
    ['报修', [REPORT]],
    ['路灯坏了', ['guide:transport-streetlights', REPORT]],
    ['居委会', ['guide:community-yuewanhu', 'feature:community']],
    ['小事快办', [REPORT]],
    ['收藏', ['feature:saved']],
    ['消息', ['feature:messages']],
    ['供暖', ['guide:utilities-heating']],
    ['暖气', ['guide:utilities-heating']],
    ['低保', ['hotline:12345']],
    ['户口', ['hotline:12345']],
    ['垃圾', [REPORT]],
    ['噪音', [REPORT, 'hotline:12369']],
    ['停车', ['guide:transport-parking']],
    ['找工作', ['guide:employment-hr-park', 'guide:employment-yulu-plan', 'hotline:12333']],
    ['热线', ['feature:hotlines']],
    ['急救', ['hotline:120']],
    ['法律援助', ['hotline:12348']],
  ])('%s finds %j', (word, expected) => {
    expect(found(word)).toEqual(expect.arrayContaining(expected))
  })

  it('finds them typed as pinyin or initials too', () => {
    expect(found('yibao')).toContain('hotline:12345')
    expect(found('xskb')).toContain(REPORT)
    expect(found('tingshui')).toContain(REPORT)
    expect(found('shoucang')).toContain('feature:saved')
  })

  it('puts the feature first when a feature is named: 小事快办 leads with 小事快办', () => {
    expect(searchGrouped(index, '小事快办', 'all')[0].hits[0].doc.title).toBe(FEATURE_RESULTS.report.title)
    expect(searchGrouped(index, '收藏', 'all')[0].title).toBe('常用功能')
  })

  it('works in the 民生 search too (guides, hotlines and features)', () => {
    expect(found('医保', 'services')).toContain('hotline:12345')
    expect(found('小事快办', 'services')).toContain(REPORT)
    expect(found('路灯坏了', 'services')).toEqual(expect.arrayContaining(['guide:transport-streetlights', REPORT]))
    expect(found('小事快办', 'services').some((k) => k.startsWith('news:'))).toBe(false)
  })

  it('offers the 长辈版 switch for 长辈版 from the same list, and not for 收藏', () => {
    expect(asksForElderMode('长辈版')).toBe(true)
    expect(asksForElderMode('zhangbeiban')).toBe(true)
    expect(asksForElderMode('收藏')).toBe(false)
  })

  it('does not make an unrelated word find 小事快办', () => {
    expect(found('湿地')).not.toContain(REPORT)
    expect(found('科技馆')).not.toContain(REPORT)
  })
})

describe('the word list', () => {
  it('points only at guides, categories and hotlines that exist', () => {
    const guides = new Set(content.guides.map((g) => g.id))
    const categories = new Set(content.categories.map((c) => c.id))
    const numbers = new Set(content.hotlines.map((h) => h.number))
    for (const { words, targets } of EVERYDAY_WORDS) {
      for (const t of targets) {
        const exists =
          (t.kind === 'guide' && guides.has(t.id)) ||
          (t.kind === 'category' && categories.has(t.id)) ||
          (t.kind === 'hotline' && numbers.has(t.number)) ||
          (t.kind === 'feature' && (t.id === 'elder-mode' || t.id in FEATURE_PAGES))
        expect({ words, target: t, exists }).toEqual({ words, target: t, exists: true })
      }
    }
  })

  it('lists each word once', () => {
    const words = EVERYDAY_WORDS.flatMap((e) => e.words)
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([])
  })

  it('opens 小事快办, 我的消息 and 全部热线 as pages, 我的收藏 on the 民生 tab', () => {
    expect(FEATURE_PAGES.report).toEqual({ url: `/${REPORTS_PAGE}`, tab: false })
    expect(FEATURE_PAGES.messages).toEqual({ url: `/${MESSAGES_PAGE}`, tab: false })
    expect(FEATURE_PAGES.hotlines).toEqual({ url: `/${HOTLINES_PAGE}`, tab: false })
    expect(FEATURE_PAGES.saved).toEqual({ url: '/pages/services/index', tab: true })
  })
})
