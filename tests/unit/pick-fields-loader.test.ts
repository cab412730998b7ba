// The tabs' lists load content through config/pick-fields-loader.js (`news.json?pick=…`): the weapp main package then
// carries each article's title and summary but not its body or quotes. (jest maps the query away, so it is tried here.)
import fs from 'node:fs'
import path from 'node:path'
import type { NewsArticle } from '@/domain/content-schema'

// eslint-disable-next-line @typescript-eslint/no-var-requires -- a plain CommonJS file, as webpack loads it
const loader = require('../../config/pick-fields-loader.js') as (this: object, source: string) => string

const NEWS = path.join(__dirname, '../../src/content/news.json')
const pick = (query: string) =>
  JSON.parse(loader.call({ resourceQuery: query, resourcePath: NEWS }, fs.readFileSync(NEWS, 'utf8')))

it('keeps the listed fields of each article, and of its sources only the review', () => {
  const full = JSON.parse(fs.readFileSync(NEWS, 'utf8')) as NewsArticle[]
  const list = pick('?pick=id,title,sources.doc')
  expect(list).toHaveLength(full.length)
  expect(list[0]).toEqual({
    id: full[0].id,
    title: full[0].title,
    sources: full[0].sources.map((s) => ({ doc: s.doc })),
  })
  const text = JSON.stringify(list)
  expect(text).not.toContain(full[0].body[0])
  expect(text).not.toContain(full[0].sources[0].quote)
})

it('leaves a file without ?pick= as it is', () => {
  expect(loader.call({ resourceQuery: '', resourcePath: NEWS }, '[{"a":1}]')).toBe('[{"a":1}]')
})

it('refuses a dotted field of something that is not a list', () => {
  expect(() => pick('?pick=title.text')).toThrow(/title is not an array/)
})
