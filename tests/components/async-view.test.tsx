// Every list shows a skeleton while loading, 加载失败 with 重新加载 when loading fails, and an empty text when empty.
import { fireEvent, render, screen } from '@testing-library/react'
import { View } from '@tarojs/components'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync, type AsyncState } from '@/components/async-view/use-async'

function renderView(state: AsyncState<string[]>, onRetry = jest.fn(), skeletonBlocks?: number) {
  const children = jest.fn((items: string[]) => <View>{items.join('，')}</View>)
  render(
    <AsyncView
      state={state}
      onRetry={onRetry}
      isEmpty={(items) => items.length === 0}
      emptyText='暂无通知'
      skeletonBlocks={skeletonBlocks}
    >
      {children}
    </AsyncView>,
  )
  return { children, onRetry }
}

describe('AsyncView', () => {
  it('shows a busy skeleton while loading, with the requested number of blocks', () => {
    const { children } = renderView({ status: 'loading' }, jest.fn(), 2)
    const busy = screen.getByLabelText('正在加载')
    expect(busy.getAttribute('aria-busy')).toBe('true')
    expect(busy.querySelectorAll('.nut-skeleton')).toHaveLength(2)
    expect(children).not.toHaveBeenCalled()
  })

  it('shows 加载失败, the reason and 重新加载, which asks to retry', () => {
    const { onRetry, children } = renderView({ status: 'error', error: new Error('网络不通') })
    expect(screen.getByRole('alert')).toBeTruthy()
    expect(screen.getByText('加载失败')).toBeTruthy()
    expect(screen.getByText('网络不通，请稍后重试')).toBeTruthy()
    expect(onRetry).not.toHaveBeenCalled()
    fireEvent.click(screen.getByText('重新加载'))
    expect(onRetry).toHaveBeenCalledTimes(1)
    expect(children).not.toHaveBeenCalled()
  })

  it('shows the empty text when there is nothing to show', () => {
    const { children } = renderView({ status: 'ready', data: [] })
    expect(screen.getByText('暂无通知')).toBeTruthy()
    expect(screen.queryByLabelText('正在加载')).toBeNull()
    expect(children).not.toHaveBeenCalled()
  })

  it('shows the content once it is ready', () => {
    renderView({ status: 'ready', data: ['停水通知', '义诊活动'] })
    expect(screen.getByText('停水通知，义诊活动')).toBeTruthy()
    expect(screen.queryByText('暂无通知')).toBeNull()
  })
})

describe('AsyncView with useAsync', () => {
  const load = jest.fn<Promise<string[]>, []>()

  function Notices() {
    const { state, retry } = useAsync(load)
    return (
      <AsyncView state={state} onRetry={retry} isEmpty={(items) => items.length === 0} emptyText='暂无通知'>
        {(items) => <View>{items.join('，')}</View>}
      </AsyncView>
    )
  }

  it('loads again when 重新加载 is tapped after a failure, and then shows the content', async () => {
    load.mockRejectedValueOnce(new Error('网络不通')).mockResolvedValueOnce(['停水通知'])
    render(<Notices />)
    expect(screen.getByLabelText('正在加载')).toBeTruthy()
    fireEvent.click(await screen.findByText('重新加载'))
    expect(screen.getByLabelText('正在加载')).toBeTruthy()
    expect(await screen.findByText('停水通知')).toBeTruthy()
    expect(screen.queryByText('加载失败')).toBeNull()
    expect(load).toHaveBeenCalledTimes(2)
  })
})
