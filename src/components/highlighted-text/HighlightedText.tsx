// A title with the part a search matched in bold green (rendered as text, never as HTML).
import { Text } from '@tarojs/components'
import { splitHighlight, type SearchHit } from '@/domain/search'
import './highlighted-text.scss'

export function HighlightedText({ text, highlight }: { text: string; highlight: SearchHit['highlight'] }) {
  const [before, match, after] = splitHighlight(text, highlight)
  return (
    <Text className='highlighted-text'>
      {before}
      {match && <Text className='highlighted-text__match'>{match}</Text>}
      {after}
    </Text>
  )
}
