// The coverage check finds each figure and named place of the reviews that no content shows, and nothing else.
import { extractFigures, findUncovered, hanNumeralsToDigits, SOURCE_NAMES, showsFigure } from '@/domain/source-coverage'
import { quoteOccursIn } from '@/domain/source'
import { readSourceTexts } from '../support/content-files'

const texts = readSourceTexts()

describe('extractFigures', () => {
  it('finds figures with units as the sources write them, and not years', () => {
    expect(extractFigures('2021年,一般公共预算收入完成51593万元,同比(下同)增长34.2%')).toEqual(['51593万元', '34.2%'])
    expect(extractFigures('千方百计挖掘车位资源1000余个，解决1.2万余人收房难问题')).toEqual(['1000余个', '1.2万余人'])
    expect(extractFigures('全年营收140亿元、税收 7.4 亿多\n元')).toEqual(['140亿元', '7.4亿多元'])
    expect(extractFigures('PM2.5平均浓度46微克/立方米以下')).toEqual(['46微克/立方米'])
  })

  it('finds figures in Chinese numerals unless told not to', () => {
    expect(extractFigures('签约企业二十多家，二期已建至九层')).toEqual(['二十多家', '九层'])
    expect(extractFigures('签约企业二十多家', { han: false })).toEqual([])
    expect(hanNumeralsToDigits('荣誉二十多项，连续四年')).toBe('荣誉20多项，连续4年')
  })
})

describe('showsFigure', () => {
  it('does not find 10亿元 inside 110亿元', () => {
    expect(showsFigure('营业收入超110亿元', '10亿元')).toBe(false)
    expect(showsFigure('营业收入超10亿元', '10亿元')).toBe(true)
  })
})

describe('findUncovered', () => {
  const sources = { 'xicheng-2021': '打造市民休闲乐道20公里,唐诗宋词园建成开园', 'xicheng-2023': '' }

  it('lists a figure and a name no content shows', () => {
    const uncovered = findUncovered(sources, ['2021年建成6条道路'])
    expect(uncovered).toEqual(
      expect.arrayContaining([
        { doc: 'xicheng-2021', kind: '数字', text: '20公里' },
        { doc: 'xicheng-2021', kind: '名称', text: '唐诗宋词园' },
      ]),
    )
  })

  it('counts a figure or name shown in any item text or quote', () => {
    const shown = findUncovered(sources, ['2021年打造市民休闲乐道20公里', '唐诗宋词园'])
    expect(shown.map((u) => u.text)).not.toContain('20公里')
    expect(shown.map((u) => u.text)).not.toContain('唐诗宋词园')
  })

  it('skips only what the ignore list names', () => {
    expect(findUncovered(sources, [], ['20公里']).map((u) => u.text)).not.toContain('20公里')
  })
})

describe('SOURCE_NAMES', () => {
  it('names only what occurs in its source as written', () => {
    for (const doc of ['xicheng-2021', 'xicheng-2023'] as const) {
      for (const name of SOURCE_NAMES[doc])
        expect([doc, name, quoteOccursIn(name, texts[doc])]).toEqual([doc, name, true])
    }
  })
})
