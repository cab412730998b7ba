// The verbatim quotes behind a page's facts, then one source line per document they come from.
import { View, Text } from '@tarojs/components'
import type { Source } from '@/domain/content-schema'
import { SourceNote } from '@/components/source-note/SourceNote'
import './source-quotes.scss'

export function SourceQuotes({ sources }: { sources: readonly Source[] }) {
  return (
    <View className='source-quotes'>
      {sources.map((s) => (
        <Text key={s.quote} className='source-quotes__quote'>
          “{s.quote}”
        </Text>
      ))}
      {[...new Set(sources.map((s) => s.doc))].map((doc) => (
        <SourceNote key={doc} doc={doc} />
      ))}
    </View>
  )
}
