// An empty, loading, not-found or error message (NutUI Empty) with a drawn glyph instead of NutUI's remote image, and an
// optional action button: works offline and never loads anything from outside.
import { View, Text } from '@tarojs/components'
import { Button, Empty } from '@nutui/nutui-react-taro'
import './state-message.scss'

interface StateMessageProps {
  /** loading: a placeholder as tall as the empty message, so nothing jumps when the answer comes. */
  kind: 'empty' | 'loading' | 'error'
  title?: string
  description: string
  action?: { text: string; onClick: () => void }
}

export function StateMessage({ kind, title, description, action }: StateMessageProps) {
  const glyph = (
    <View className={`state-message__glyph state-message__glyph--${kind}`} aria-hidden='true'>
      <Text>{kind === 'error' ? '!' : '…'}</Text>
    </View>
  )
  return (
    // A new element for each kind: an error coming after 正在加载 appears in its place, it does not push the old one's
    // text down (a layout shift).
    <View key={kind} className='state-message' role={kind === 'error' ? 'alert' : 'status'}>
      <Empty status={kind === 'error' ? 'error' : 'empty'} image={glyph} title={title} description={description} />
      {action && (
        <Button type='primary' block onClick={action.onClick}>
          {action.text}
        </Button>
      )}
    </View>
  )
}
