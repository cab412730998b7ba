// A titled group of sourced facts (NutUI CellGroup): a service category, the community page.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { CellGroup, Cell } from '@nutui/nutui-react-taro'
import type { Fact } from '@/domain/content-schema'
import { SourceNote } from '@/components/source-note/SourceNote'
import './fact-group.scss'

interface FactGroupProps {
  title: string
  summary?: string
  facts: Fact[]
  /** More cells after the facts, e.g. links to guide cards. */
  children?: ReactNode
}

export function FactGroup({ title, summary, facts, children }: FactGroupProps) {
  return (
    <CellGroup className='fact-group' title={title} description={summary}>
      {facts.map((fact) => (
        <Cell
          key={fact.source.quote}
          title={
            <View className='fact-group__fact'>
              <Text>{fact.text}</Text>
              <SourceNote doc={fact.source.doc} />
            </View>
          }
        />
      ))}
      {children}
    </CellGroup>
  )
}
