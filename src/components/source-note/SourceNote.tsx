// The source line under a fact: which document it comes from, e.g. 来源：西城区2023年工作回顾.
import { Text } from '@tarojs/components'
import { sourceLine, type SourceDocId } from '@/domain/source'
import './source-note.scss'

export function SourceNote({ doc }: { doc: SourceDocId }) {
  return <Text className='source-note'>{sourceLine(doc)}</Text>
}
