// Shows a list's loading skeleton, empty state or error with retry, and the content once it is ready.
import { type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Skeleton } from '@nutui/nutui-react-taro'
import { StateMessage } from '@/components/state-message/StateMessage'
import type { AsyncState } from './use-async'
import './async-view.scss'

interface AsyncViewProps<T> {
  state: AsyncState<T>
  onRetry: () => void
  /** True when the loaded data has nothing to show. */
  isEmpty: (data: T) => boolean
  emptyText: string
  /** How many skeleton blocks to show while loading. */
  skeletonBlocks?: number
  children: (data: T) => ReactNode
}

export function AsyncView<T>({ state, onRetry, isEmpty, emptyText, skeletonBlocks = 3, children }: AsyncViewProps<T>) {
  if (state.status === 'loading') {
    // The key makes React replace the skeleton with the content rather than reuse its node, which would count as a layout shift.
    return (
      <View key='async-view-loading' className='async-view__loading' aria-busy='true' aria-label='正在加载'>
        {Array.from({ length: skeletonBlocks }, (_, i) => (
          <View key={i} className='async-view__skeleton'>
            <Skeleton rows={3} animated />
          </View>
        ))}
      </View>
    )
  }
  if (state.status === 'error') {
    return (
      <StateMessage
        kind='error'
        title='加载失败'
        description={`${state.error.message || '出了点问题'}，请稍后重试`}
        action={{ text: '重新加载', onClick: onRetry }}
      />
    )
  }
  if (isEmpty(state.data)) return <StateMessage kind='empty' description={emptyText} />
  return <>{children(state.data)}</>
}
