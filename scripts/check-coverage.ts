// `npm run check:coverage`: lists each figure and named project, place or honour of the two reviews no content item shows.
import fs from 'node:fs'
import path from 'node:path'
import { CONTENT_FILES } from '../src/domain/content-schema'
import { SOURCE_DOCS } from '../src/domain/source'
import { findUncovered, stringsIn } from '../src/domain/source-coverage'

const CONTENT_DIR = path.resolve(__dirname, '..', 'src', 'content')

/**
 * Source text that is not a fact to cover. Keep each entry commented; never add a figure or name a resident would
 * want to know just to make the check pass.
 */
const IGNORE: string[] = []

function main(): void {
  const read = (doc: 'xicheng-2021' | 'xicheng-2023') =>
    fs.readFileSync(path.join(CONTENT_DIR, 'sources', SOURCE_DOCS[doc].file), 'utf8')
  const sources = { 'xicheng-2021': read('xicheng-2021'), 'xicheng-2023': read('xicheng-2023') }
  const strings = Object.keys(CONTENT_FILES).flatMap((file) =>
    stringsIn(JSON.parse(fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8'))),
  )
  const uncovered = findUncovered(sources, strings, IGNORE)
  for (const u of uncovered) console.error(`${u.doc} › ${u.kind}: ${u.text}`)
  if (uncovered.length > 0) {
    console.error(`coverage check: ${uncovered.length} item(s) of the sources no content shows`)
    process.exit(1)
  }
  console.log('coverage check: every figure and name of the sources is shown (0 uncovered)')
}

main()
