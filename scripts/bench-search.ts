// `npm run bench:search`: median and p95 time per query of the search module over 1,000 generated items, and of the
// app's global search (every bundled article, guide, hotline and park, grouped) as shipped.
import { performance } from 'node:perf_hooks'
import { buildSearchIndex, search, type SearchDoc, type SearchIndex } from '../src/domain/search'
import { searchDocs, searchGrouped, type SearchContent } from '../src/domain/global-search'
import { CONTENT_FILES } from '../src/domain/content-schema'
import news from '../src/content/news.json'
import guides from '../src/content/guides.json'
import services from '../src/content/services.json'
import hotlines from '../src/content/hotlines.json'
import parks from '../src/content/parks.json'

const WORDS = [
  '政务',
  '服务',
  '供热',
  '就业',
  '医疗',
  '教育',
  '住房',
  '停车',
  '路灯',
  '环境',
  '乡村',
  '振兴',
  '社区',
  '公园',
  '湿地',
  '热线',
  '便民',
  '养老',
  '托育',
  '招商',
  '项目',
  '产业',
  '智慧',
  '人力',
  '资源',
  '安全',
  '食品',
  '文化',
]
const QUERIES = [
  '供热',
  'gongre',
  'gr',
  'jiuye',
  'jy',
  'jiuey',
  '供暖',
  'gongnuan',
  '找工作',
  '看病',
  '湿地公园',
  'shidi',
  'zhihui',
  'zh',
  '12345',
  '便民热线',
  'bianmin',
  'xiangcun',
  'xcz',
  '停车',
]

/** A deterministic pseudo-random generator, so every run measures the same items. */
function lcg(seed: number): () => number {
  let x = seed
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648
}

function generateDocs(count: number): SearchDoc[] {
  const random = lcg(42)
  const pick = () => WORDS[Math.floor(random() * WORDS.length)]
  return Array.from({ length: count }, (_, i) => ({
    id: `doc-${i}`,
    kind: 'bench',
    title: `${pick()}${pick()}${pick()}`,
    keywords: [pick(), String(10000 + i)],
  }))
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** Builds an index of `docs`, runs every query 10 times after a warm-up, and prints build time and per-query times. */
function bench<K extends string>(
  label: string,
  docs: SearchDoc<K>[],
  run: (index: SearchIndex<K>, q: string) => number,
) {
  const builtAt = performance.now()
  const index = buildSearchIndex(docs)
  const buildMs = performance.now() - builtAt
  for (let warm = 0; warm < 3; warm++) for (const q of QUERIES) run(index, q)
  const times: number[] = []
  let hits = 0
  for (let round = 0; round < 10; round++) {
    for (const q of QUERIES) {
      const started = performance.now()
      hits += run(index, q)
      times.push(performance.now() - started)
    }
  }
  times.sort((a, b) => a - b)
  console.log(`${label}: ${docs.length} items, ${times.length} queries (${QUERIES.length} kinds, ${hits} hits)`)
  console.log(`  index build: ${buildMs.toFixed(1)} ms`)
  console.log(
    `  per query:   median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms (aim ≤ 16 ms p95)`,
  )
}

bench('search over generated items', generateDocs(1000), (index, q) => search(index, q).length)

const bundled: SearchContent = {
  news: CONTENT_FILES['news.json'].parse(news),
  guides: CONTENT_FILES['guides.json'].parse(guides),
  categories: CONTENT_FILES['services.json'].parse(services),
  hotlines: CONTENT_FILES['hotlines.json'].parse(hotlines),
  parks: CONTENT_FILES['parks.json'].parse(parks),
  notices: null,
}
bench('global search over the bundled content (grouped, no notices cached)', searchDocs(bundled), (index, q) =>
  searchGrouped(index, q, 'all').reduce((n, g) => n + g.hits.length, 0),
)
