// 按编号查找 on the desk: a worker types (or pastes) the number a resident quotes — YWH-20261201-0042 — and gets that
// report of their community, with its timeline and the controls to move it on; a wrong shape is told before asking.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { ReportView } from '@/domain/api-contract'
import { normalizeReportNumber, parseReportNumber, REPORT_NUMBER_INVALID } from '@/domain/report-number'
import { messageOf } from '@/services/api-client'
import { findReportByNumber } from '@/services/community/community-api'
import { ReportItem } from '@/features/community/reports/ReportItem'
import { ComposeField } from './ComposeField'
import '@/features/community/reports/report-screen.scss'

type Found =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'found'; report: ReportView }
  | { kind: 'none'; number: string }
  | { kind: 'error'; message: string }

export function FindReportByNumber() {
  const [text, setText] = useState('')
  const [found, setFound] = useState<Found>({ kind: 'idle' })

  const find = async () => {
    if (parseReportNumber(text) === null) {
      setFound({ kind: 'error', message: text.trim() ? REPORT_NUMBER_INVALID : '请输入报告编号' })
      return
    }
    const number = normalizeReportNumber(text)
    setFound({ kind: 'busy' })
    try {
      const report = await findReportByNumber(number)
      setFound(report ? { kind: 'found', report } : { kind: 'none', number })
    } catch (error) {
      setFound({ kind: 'error', message: `查找失败：${messageOf(error)}` })
    }
  }

  return (
    <View className='desk__find'>
      <ComposeField id='desk-find-number' label='按编号查找' error={found.kind === 'error' ? found.message : undefined}>
        <Input
          className='desk__input'
          value={text}
          placeholder='如 YWH-20261201-0042'
          aria-label='按编号查找'
          confirmType='search'
          onChange={(value) => setText(value)}
          onConfirm={() => void find()}
        />
      </ComposeField>
      <Button fill='outline' block loading={found.kind === 'busy'} onClick={() => void find()}>
        查找
      </Button>
      {found.kind === 'none' ? (
        <Text className='desk__find-none' {...{ role: 'status' }}>
          {`本社区没有编号为 ${found.number} 的报告`}
        </Text>
      ) : null}
      {found.kind === 'found' ? (
        <View className='report' {...{ role: 'status' }}>
          <ReportItem report={found.report} worker onChanged={() => void find()} />
        </View>
      ) : null}
    </View>
  )
}
