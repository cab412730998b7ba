// A worker moves a report forward (only to a later status) and/or replies to the resident.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import type { ReportView } from '@/domain/api-contract'
import { REPORT_REPLY_MAX, REPORT_STATUS_LABELS, type ReportStatus } from '@/domain/report'
import { nextReportStatuses } from '@/domain/report-lifecycle'
import { messageOf } from '@/services/api-client'
import { updateReport } from '@/services/community/community-api'

export function WorkerReportUpdate({ report, onDone }: { report: ReportView; onDone: (updated: ReportView) => void }) {
  const [reply, setReply] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const update = async (status: ReportStatus | null) => {
    if (!status && !reply.trim()) {
      setError('请先填写回复')
      return
    }
    setBusy(true)
    try {
      const updated = await updateReport(report.id, { ...(status ? { status } : {}), ...(reply.trim() ? { reply } : {}) })
      setReply('')
      setError('')
      onDone(updated)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='report__update'>
      <Text className='report__label'>回复居民（可选，随状态一起发出）</Text>
      <TextArea
        className='report__input'
        value={reply}
        maxLength={REPORT_REPLY_MAX}
        placeholder='回复居民'
        aria-label={`回复居民：${report.category} · ${report.place}`}
        onChange={setReply}
      />
      <View className='report__actions'>
        {nextReportStatuses(report.status).map((s) => (
          <Button key={s} fill='outline' disabled={busy} onClick={() => update(s)}>
            {`改为${REPORT_STATUS_LABELS[s]}`}
          </Button>
        ))}
        <Button fill='outline' disabled={busy} onClick={() => update(null)}>
          只回复
        </Button>
      </View>
      {error ? (
        <Text className='report__error' {...{ role: 'alert' }}>
          {error}
        </Text>
      ) : null}
    </View>
  )
}
