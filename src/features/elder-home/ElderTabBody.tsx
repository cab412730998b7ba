// A tab's body: in 标准版 its content as it is; in 长辈版 the six tiles first and the tab's full content one tap
// below them (全部内容 shows and hides it, and it stays as left while the app is open).
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { expandButtonProps } from '@/components/a11y/aria-props'
import { useUiMode } from '@/components/elder-mode/use-ui-mode'
import { tabByKey, type TabDefinition } from '@/app/tabs'
import { ElderHome } from './ElderHome'
import { fullContentId, setFullContent, useFullContent } from './full-content'

const HIDDEN = { display: 'none' }

export function ElderTabBody({ tab, children }: { tab: TabDefinition['key']; children: ReactNode }) {
  const elder = useUiMode() === 'elder'
  const open = useFullContent(tab)
  const bodyId = fullContentId(tab)
  const name = tabByKey(tab).text
  // The content keeps its place in the tree in both modes: switching mode never remounts it (nor reloads 社区通知).
  return (
    <>
      {elder ? <ElderHome /> : null}
      {elder ? (
        <View
          className='elder-home__more'
          {...expandButtonProps(open, bodyId)}
          onClick={() => setFullContent(tab, !open)}
        >
          <Text>{open ? `收起${name}全部内容` : `${name}全部内容`}</Text>
          <Text aria-hidden>{open ? '▴' : '▾'}</Text>
        </View>
      ) : null}
      {/* Mounted while closed, only hidden: what it loads when the page shows (社区通知) is there when it opens. */}
      <View id={bodyId} className='elder-home__full' style={elder && !open ? HIDDEN : undefined}>
        {children}
      </View>
    </>
  )
}
