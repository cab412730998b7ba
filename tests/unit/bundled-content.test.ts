// Every bundled content file passes the content check against the bundled source texts.
import { checkContentFile, checkReferences, formatProblem } from '@/domain/content-check'
import { CONTENT_FILES, type ContentFileName } from '@/domain/content-schema'
import { NATIONAL_HOTLINES } from '@/domain/national-hotlines'
import { readContentFile, readSourceTexts } from '../support/content-files'

const texts = readSourceTexts()
const files = Object.keys(CONTENT_FILES) as ContentFileName[]

describe('bundled content', () => {
  it('covers every content file the app reads', () => {
    expect(files).toEqual([
      'news.json',
      'figures.json',
      'timeline.json',
      'services.json',
      'guides.json',
      'hotlines.json',
      'parks.json',
      'seasons.json',
      'community.json',
    ])
  })

  it('links figures and milestones to articles, and guide cards to service categories', () => {
    const all = Object.fromEntries(files.map((file) => [file, readContentFile(file)]))
    expect(checkReferences(all).map(formatProblem)).toEqual([])
  })

  it.each(files)('%s has items and no problems', (file) => {
    const data = readContentFile(file)
    expect(Array.isArray(data) && data.length).toBeGreaterThan(0)
    expect(checkContentFile(file, data, texts).map(formatProblem)).toEqual([])
  })
})

describe('the national hotlines', () => {
  it('are exactly the allowed outside facts: every number the check allows (122 included) is listed, and no other', () => {
    const hotlines = readContentFile('hotlines.json') as { number: string; name: string }[]
    const national = Object.fromEntries(hotlines.map((h) => [h.number, h.name]))
    expect(national).toEqual(NATIONAL_HOTLINES)
    expect(national['122']).toBe('交通事故报警电话')
  })
})
