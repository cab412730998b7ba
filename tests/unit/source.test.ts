// A quote proves a fact only when it occurs in the source it names, whatever the line wrapping.
import { quoteOccursIn, sourceLine, squashWhitespace } from '@/domain/source'
import { readSourceTexts } from '../support/content-files'

const texts = readSourceTexts()

describe('quoteOccursIn', () => {
  it('finds a 2023 quote although the source wraps the line in the middle of 西城区', () => {
    // The source has "2023年，西\n城区累计新签约项目33个" — the line breaks inside the word.
    expect(texts['xicheng-2023']).toContain('2023年，西\n城区')
    expect(quoteOccursIn('2023年，西城区累计新签约项目33个，总投资112.5亿元', texts['xicheng-2023'])).toBe(true)
  })

  it('ignores spaces, tabs and newlines on either side', () => {
    expect(quoteOccursIn('幸福 社区\t样板', '月湾湖社区成为全市幸\r\n福社区样板。')).toBe(true)
  })

  it('finds a 2021 quote written with the half-width comma the 2021 text uses', () => {
    expect(quoteOccursIn('2021年,西城区在市委、市政府的正确领导下', texts['xicheng-2021'])).toBe(true)
  })

  it('does not treat a full-width comma as the 2021 half-width one', () => {
    expect(quoteOccursIn('2021年，西城区在市委、市政府的正确领导下', texts['xicheng-2021'])).toBe(false)
  })

  it('rejects a quote that is not in the text, and one from the other year', () => {
    expect(quoteOccursIn('月湾湖社区新建游泳馆', texts['xicheng-2023'])).toBe(false)
    expect(quoteOccursIn('2023年，西城区累计新签约项目33个', texts['xicheng-2021'])).toBe(false)
  })

  it('squashes every kind of whitespace, including the ideographic space', () => {
    expect(squashWhitespace(' 西\u3000城\n区\t')).toBe('西城区')
  })
})

describe('sourceLine', () => {
  it('names the document a fact comes from', () => {
    expect(sourceLine('xicheng-2021')).toBe('来源：西城区2021年工作回顾')
    expect(sourceLine('xicheng-2023')).toBe('来源：西城区2023年工作回顾')
    expect(sourceLine('national')).toBe('来源：全国统一服务热线')
  })
})
