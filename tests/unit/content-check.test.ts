// The content check passes good content and names the file, item and field of every problem it finds.
import { checkContentFile, checkReferences, formatProblem } from '@/domain/content-check'
import { readSourceTexts } from '../support/content-files'

const texts = readSourceTexts()

/** A news article whose quote is in the 2023 text only once whitespace is ignored (line wrapped mid-word). */
function article(overrides: Record<string, unknown> = {}) {
  return {
    id: 'signed-projects-2023',
    year: 2023,
    theme: '招商引资',
    title: '新签约项目33个',
    summary: '2023年西城区新签约项目33个。',
    body: ['2023年，西城区累计新签约项目33个，总投资112.5亿元。'],
    tags: ['招商'],
    sources: [{ doc: 'xicheng-2023', quote: '2023年，西城区累计新签约项目33个，总投资112.5亿元' }],
    ...overrides,
  }
}

function hotline(overrides: Record<string, unknown> = {}) {
  return {
    id: 'hotline-12345',
    number: '12345',
    name: '政务服务便民热线',
    purpose: '咨询政务服务办事事项。',
    source: { doc: 'national', quote: '12345 政务服务便民热线' },
    ...overrides,
  }
}

describe('checkContentFile', () => {
  it('passes a good news file and a good hotline file', () => {
    expect(checkContentFile('news.json', [article()], texts)).toEqual([])
    expect(checkContentFile('hotlines.json', [hotline()], texts)).toEqual([])
  })

  it('names the missing field', () => {
    const { title: _title, ...untitled } = article()
    const problems = checkContentFile('news.json', [article({ id: 'first' }), untitled], texts)
    expect(problems).toEqual([
      expect.objectContaining({ file: 'news.json', itemId: 'signed-projects-2023', field: 'title' }),
    ])
  })

  it('names a nested field by its dotted path', () => {
    const sources = [{ doc: 'xicheng-2022', quote: '西城区累计新签约项目33个' }]
    const problems = checkContentFile('news.json', [article({ sources })], texts)
    expect(problems).toEqual([
      expect.objectContaining({ file: 'news.json', itemId: 'signed-projects-2023', field: 'sources.0.doc' }),
    ])
  })

  it('names a badly formed id', () => {
    const problems = checkContentFile('news.json', [article({ id: 'Signed_Projects' })], texts)
    expect(problems).toEqual([expect.objectContaining({ file: 'news.json', itemId: 'Signed_Projects', field: 'id' })])
  })

  it('names a duplicate id', () => {
    const problems = checkContentFile('news.json', [article(), article({ title: '另一篇' })], texts)
    expect(problems).toEqual([{ file: 'news.json', itemId: 'signed-projects-2023', field: 'id', message: 'id 重复' }])
  })

  it('names a quote that is not in the source it cites', () => {
    const sources = [
      { doc: 'xicheng-2023', quote: '西城区累计新签约项目33个，总投资112.5亿元' },
      { doc: 'xicheng-2021', quote: '西城区累计新签约项目33个，总投资112.5亿元' },
    ]
    const problems = checkContentFile('news.json', [article({ sources })], texts)
    expect(problems).toEqual([
      expect.objectContaining({ file: 'news.json', itemId: 'signed-projects-2023', field: 'sources.1.quote' }),
    ])
    expect(problems[0].message).toContain('xicheng-2021')
  })

  it('names a quote inside a nested fact, with the path to it', () => {
    const category = {
      id: 'housing',
      name: '住房与交房',
      summary: '交房进展。',
      facts: [
        { text: '2023年新签约项目33个。', source: { doc: 'xicheng-2023', quote: '新签约项目33个' } },
        { text: '交付住房一万套。', source: { doc: 'xicheng-2023', quote: '交付住房10000套' } },
      ],
    }
    expect(checkContentFile('services.json', [category], texts)).toEqual([
      expect.objectContaining({ file: 'services.json', itemId: 'housing', field: 'facts.1.source.quote' }),
    ])
  })

  it('names a national quote that is not one of the allowed hotlines', () => {
    const unknownLine = hotline({
      id: 'hotline-96110',
      number: '96110',
      source: { doc: 'national', quote: '96110 反诈预警专线' },
    })
    const wrongName = hotline({ id: 'hotline-12345-wrong', source: { doc: 'national', quote: '12345 市长热线' } })
    const problems = checkContentFile('hotlines.json', [hotline(), unknownLine, wrongName], texts)
    expect(problems.map(({ file, itemId, field }) => ({ file, itemId, field }))).toEqual([
      { file: 'hotlines.json', itemId: 'hotline-96110', field: 'source.quote' },
      { file: 'hotlines.json', itemId: 'hotline-12345-wrong', field: 'source.quote' },
    ])
  })

  it('allows 122, the national traffic-accident number the hotline list shows', () => {
    const traffic = hotline({
      id: 'hotline-122',
      number: '122',
      name: '交通事故报警电话',
      source: { doc: 'national', quote: '122 交通事故报警电话' },
    })
    expect(checkContentFile('hotlines.json', [traffic], texts)).toEqual([])
  })

  it('names a claim whose figure its quote does not state (新增车位1000余个 cited to a quote without it)', () => {
    const category = {
      id: 'transport-parking',
      name: '出行、停车与路灯',
      summary: '2023年新增车位1000余个。',
      facts: [
        {
          text: '2023年首批15家市直机关单位西迁。',
          source: { doc: 'xicheng-2023', quote: '圆满完成首批15家市直机关单位西迁工作' },
        },
      ],
    }
    const problems = checkContentFile('services.json', [category], texts)
    expect(problems).toEqual([
      expect.objectContaining({ file: 'services.json', itemId: 'transport-parking', field: 'summary' }),
    ])
    expect(problems[0].message).toContain('1000余个')
  })

  it('names a claim that dates a 2023 quote to 2021', () => {
    const problems = checkContentFile('news.json', [article({ body: ['2021年，西城区累计新签约项目33个。'] })], texts)
    expect(problems).toEqual([expect.objectContaining({ file: 'news.json', field: 'body.0' })])
    expect(problems[0].message).toContain('2021年')
  })

  it('names a key figure whose number is not in its quote, and accepts the source’s own writing of it', () => {
    const figure = (value: number, unit: string, qualifier: string, quote: string) => ({
      id: `figure-${String(value).replace('.', '-')}`,
      label: '测试指标',
      value,
      unit,
      qualifier,
      year: 2023,
      group: '荣誉',
      change: null,
      compareKey: null,
      articleId: '2023-overview',
      source: { doc: 'xicheng-2023', quote },
    })
    const good = [
      figure(20, '项', '多', '全市平安建设优秀县（区）等荣誉二十多项'),
      figure(7.4, '亿元', '多', '全年营收140亿元、税收 7.4 亿多元'),
    ]
    expect(checkContentFile('figures.json', good, texts)).toEqual([])
    const wrong = figure(1000, '个', '', '圆满完成首批15家市直机关单位西迁工作')
    expect(checkContentFile('figures.json', [wrong], texts)).toEqual([
      expect.objectContaining({ file: 'figures.json', itemId: 'figure-1000', field: 'value' }),
    ])
  })

  it('names a field no rule covers, such as a park’s unsourced activities', () => {
    const park = {
      id: 'huaxi-wetland-park',
      name: '花溪湿地公园',
      kind: '湿地公园',
      summary: '2021年建成开园。',
      highlights: [],
      activities: ['散步'],
      facilities: {
        toilets: 'unknown',
        accessiblePath: 'unknown',
        parking: 'unknown',
        playground: 'unknown',
        fitness: 'unknown',
        seating: 'unknown',
        drinkingWater: 'unknown',
      },
      hours: null,
      location: null,
      sources: [{ doc: 'xicheng-2021', quote: '唐诗宋词园和花溪、滢溪、棠溪湿地公园建成开园' }],
    }
    const problems = checkContentFile('parks.json', [park], texts)
    expect(problems).toEqual([
      expect.objectContaining({ file: 'parks.json', itemId: 'huaxi-wetland-park', field: 'activities' }),
    ])
    expect(problems[0].message).toContain('未知字段')
  })

  it('names a fact whose figure has no year', () => {
    const category = {
      id: 'housing',
      name: '住房与交房',
      summary: '2023年交付住房。',
      facts: [
        { text: '已交付7个项目3452套住房。', source: { doc: 'xicheng-2023', quote: '目前已交付7个项目3452套住房' } },
      ],
    }
    const problems = checkContentFile('services.json', [category], texts)
    expect(problems).toEqual([
      expect.objectContaining({ file: 'services.json', itemId: 'housing', field: 'facts.0.text' }),
    ])
    expect(problems[0].message).toContain('没有年份')
  })

  it('names an article whose year is not the year of the review it cites', () => {
    const problems = checkContentFile('news.json', [article({ year: 2021 })], texts)
    expect(problems).toEqual([
      expect.objectContaining({ file: 'news.json', itemId: 'signed-projects-2023', field: 'year' }),
    ])
  })

  it('formats a problem as file › item › field: message', () => {
    const [problem] = checkContentFile('news.json', [article(), article()], texts)
    expect(formatProblem(problem)).toBe('news.json › signed-projects-2023 › id: id 重复')
  })
})

describe('checkReferences on the community page links', () => {
  const community = (guideIds: string[], articleIds: string[]) => ({ id: 'yuewanhu', guideIds, articleIds })

  it('passes links to guides and articles that exist', () => {
    const files = {
      'services.json': [{ id: 'community' }],
      'guides.json': [{ id: 'community-yuewanhu', categoryId: 'community' }],
      'news.json': [{ id: '2023-livelihood' }],
      'community.json': [community(['community-yuewanhu'], ['2023-livelihood'])],
    }
    expect(checkReferences(files)).toEqual([])
  })

  it('names the community and the field of a guide or article that is gone', () => {
    const files = {
      'services.json': [{ id: 'community' }],
      'guides.json': [{ id: 'community-yuewanhu', categoryId: 'community' }],
      'news.json': [{ id: '2023-livelihood' }],
      'community.json': [community(['community-yuewanhu', 'gone-guide'], ['gone-article'])],
    }
    expect(checkReferences(files).map(formatProblem)).toEqual([
      'community.json › yuewanhu › guideIds: guides.json 中没有 "gone-guide"',
      'community.json › yuewanhu › articleIds: news.json 中没有 "gone-article"',
    ])
  })
})
