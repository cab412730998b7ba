// `npm run check:content`: validates every bundled content file and prints each problem as file › item › field.
import fs from 'node:fs'
import path from 'node:path'
import { CONTENT_FILES, type ContentFileName } from '../src/domain/content-schema'
import {
  checkContentFile,
  checkReferences,
  formatProblem,
  type ContentProblem,
  type SourceTexts,
} from '../src/domain/content-check'
import { SOURCE_DOCS } from '../src/domain/source'
import { writeCounts } from './test-counts'

const CONTENT_DIR = path.resolve(__dirname, '..', 'src', 'content')

function readSources(): SourceTexts {
  const read = (doc: keyof SourceTexts) =>
    fs.readFileSync(path.join(CONTENT_DIR, 'sources', SOURCE_DOCS[doc].file), 'utf8')
  return { 'xicheng-2021': read('xicheng-2021'), 'xicheng-2023': read('xicheng-2023') }
}

function readFile(file: ContentFileName): { data?: unknown; problem?: ContentProblem } {
  try {
    return { data: JSON.parse(fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8')) }
  } catch (error) {
    return {
      problem: { file, itemId: '(文件)', field: '(JSON)', message: `无法读取或解析：${(error as Error).message}` },
    }
  }
}

function main(): void {
  const texts = readSources()
  const known = Object.keys(CONTENT_FILES) as ContentFileName[]
  const strays = fs.readdirSync(CONTENT_DIR).filter((f) => f.endsWith('.json') && !known.includes(f as ContentFileName))
  const problems = [
    ...strays.map((file) => ({
      file,
      itemId: '(文件)',
      field: '(文件名)',
      message: '未知的内容文件：请在 CONTENT_FILES 中登记',
    })),
  ]
  const files: Partial<Record<ContentFileName, unknown>> = {}
  for (const file of known) {
    const { data, problem } = readFile(file)
    if (problem) problems.push(problem)
    else problems.push(...checkContentFile(file, data, texts))
    files[file] = data
  }
  problems.push(...checkReferences(files))
  const failedFiles = new Set(problems.map((p) => p.file))
  for (const file of known) console.log(`${failedFiles.has(file) ? '✗' : '✓'} ${file}`)
  for (const p of problems) console.error(formatProblem(p))
  writeCounts('content', { passed: known.length - failedFiles.size, failed: failedFiles.size + strays.length })
  if (problems.length > 0) {
    console.error(`content check: ${problems.length} problem(s)`)
    process.exit(1)
  }
  console.log(`content check: ${known.length} files OK`)
}

main()
