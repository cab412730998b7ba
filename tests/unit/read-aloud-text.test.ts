// 读给我听 reads a page's text in sentence chunks short enough for Chrome (which stops a long utterance after ~15 s)
// and for WeChat's textToSpeech, losing no character and keeping the order.
import news from '@/content/news.json'
import { indexFacts, mergePark } from '@/domain/verified-merge'
import {
  CHUNK_MAX,
  articleReading,
  noticeReading,
  parkReading,
  readingText,
  speechChunks,
} from '@/domain/read-aloud-text'
import { testPark } from '../support/test-park'

/** The text without whitespace: what chunks must add up to. */
const squash = (s: string) => s.replace(/\s+/g, '')

describe('speechChunks', () => {
  it('cuts at 。！？； and keeps each mark with its sentence', () => {
    expect(speechChunks('公园开放。请爱护绿地！几点闭园？以公示为准；谢谢')).toEqual([
      '公园开放。',
      '请爱护绿地！',
      '几点闭园？',
      '以公示为准；',
      '谢谢',
    ])
  })

  it('cuts at line breaks, and drops empty lines and lone marks', () => {
    expect(speechChunks('第一行\n\n  第二行。\n。\n')).toEqual(['第一行', '第二行。'])
  })

  it('cuts a sentence longer than the limit at its commas, never mid-clause when a clause fits', () => {
    const clause = '一二三四五六七八九十，'
    const sentence = `${clause.repeat(8)}完。`
    const chunks = speechChunks(sentence, 25)
    expect(chunks).toEqual([clause.repeat(2), clause.repeat(2), clause.repeat(2), `${clause.repeat(2)}完。`])
  })

  it('cuts a clause with no comma at the limit', () => {
    const chunks = speechChunks(`${'字'.repeat(23)}。`, 10)
    expect(chunks).toEqual(['字'.repeat(10), '字'.repeat(10), '字字字。'])
  })

  it('reads every article in chunks of at most CHUNK_MAX characters that add up to the whole text', () => {
    for (const article of news) {
      const text = articleReading(article)
      const chunks = speechChunks(text)
      expect(chunks.length).toBeGreaterThan(1)
      for (const c of chunks) expect(c.length).toBeLessThanOrEqual(CHUNK_MAX)
      expect(squash(chunks.join(''))).toBe(squash(text))
    }
  })
})

describe('the text a page reads', () => {
  it('ends each line as a sentence, without doubling its mark, and leaves empty parts out', () => {
    expect(readingText(['标题', null, '', '正文。', false, '问句？'])).toBe('标题。\n正文。\n问句？')
  })

  it('an article: the title, then every paragraph in order', () => {
    const article = news[0]
    const text = articleReading(article)
    expect(text.startsWith(`${article.title}。`)).toBe(true)
    let from = 0
    for (const p of article.body) {
      const at = text.indexOf(p, from)
      expect(at).toBeGreaterThan(from - 1)
      from = at + p.length
    }
  })

  it('a notice: title and body, or only the title when the body is not on the phone', () => {
    expect(noticeReading({ title: '停水通知', body: '周六8:00至12:00停水。' })).toBe(
      '停水通知。\n周六8:00至12:00停水。',
    )
    expect(noticeReading({ title: '停水通知', body: null })).toBe('停水通知。')
  })

  it('a park nobody verified: hours 以现场公示为准 and each facility 待核实', () => {
    const park = testPark({ id: 'p1' })
    const text = parkReading(mergePark(park, indexFacts([], new Date())), ['看点：樱花'])
    expect(text.startsWith('公园 p1。\n用于测试。')).toBe(true)
    expect(text).toContain('以现场公示为准。')
    expect(text).toContain('看点：樱花。')
    expect(text).toContain('卫生间：待核实。')
    expect(text).not.toContain('不是一处可以前往游览的地方')
  })

  it('a planning zone says it is not a place to visit, and reads no hours or facilities', () => {
    const park = testPark({ kind: '规划区' })
    const text = parkReading(mergePark(park, indexFacts([], new Date())), [])
    expect(text).toContain('不是一处可以前往游览的地方')
    expect(text).not.toContain('卫生间')
    expect(text).not.toContain('以现场公示为准')
  })
})
