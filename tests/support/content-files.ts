// Reads the bundled content and source texts from disk, as the content check does, for tests.
import { readFileSync } from 'fs'
import { join } from 'path'
import type { SourceTexts } from '@/domain/content-check'
import type { ContentFileName } from '@/domain/content-schema'

const CONTENT_DIR = join(__dirname, '..', '..', 'src', 'content')

export function readSourceTexts(): SourceTexts {
  return {
    'xicheng-2021': readFileSync(join(CONTENT_DIR, 'sources', 'xicheng-2021.txt'), 'utf8'),
    'xicheng-2023': readFileSync(join(CONTENT_DIR, 'sources', 'xicheng-2023.txt'), 'utf8'),
  }
}

export function readContentFile(file: ContentFileName): unknown {
  return JSON.parse(readFileSync(join(CONTENT_DIR, file), 'utf8'))
}
