// A section whose header opens and closes its body: a heading holding a button with aria-expanded; the body is only
// rendered while open, so a long list of closed sections stays light.
import { useState, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { expandButtonProps, headingProps } from '@/components/a11y/aria-props'
import './disclosure.scss'

interface DisclosureProps {
  /** Stable id for aria-controls (unique on the page). */
  id: string
  title: string
  /** One line under the title, e.g. the category summary. */
  summary?: string
  /** What opening it shows, e.g. 2 份办事指南 · 3 条进展. */
  meta?: string
  children: ReactNode
}

export function Disclosure({ id, title, summary, meta, children }: DisclosureProps) {
  const [open, setOpen] = useState(false)
  const bodyId = `disclosure-${id}`
  return (
    <View className={`disclosure${open ? ' disclosure--open' : ''}`}>
      <View {...headingProps(2)}>
        <View className='disclosure__header' {...expandButtonProps(open, bodyId)} onClick={() => setOpen(!open)}>
          <View className='disclosure__text'>
            <Text className='disclosure__title'>{title}</Text>
            {summary ? <Text className='disclosure__summary'>{summary}</Text> : null}
            {meta ? <Text className='disclosure__meta'>{meta}</Text> : null}
          </View>
          <Text className='disclosure__toggle' aria-hidden>
            {open ? '收起 ▴' : '展开 ▾'}
          </Text>
        </View>
      </View>
      {open ? (
        <View className='disclosure__body' id={bodyId}>
          {children}
        </View>
      ) : null}
    </View>
  )
}
