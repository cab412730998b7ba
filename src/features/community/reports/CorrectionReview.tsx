// A 信息纠错 report names what it is about (关于：冬季供暖 · 地点); a worker answers it with 去核实 (the verify form for
// that field, which resolves the report with the new value) or 不采纳 with a reason the resident is sent as the reply.
import { useCallback, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { useAsync } from '@/components/async-view/use-async'
import { FieldMessage } from '@/components/field-message/FieldMessage'
import type { ReportView } from '@/domain/api-contract'
import { REPORT_REPLY_MAX } from '@/domain/report'
import { FACT_SUBJECT_KIND_LABELS, type FactSubject } from '@/domain/verified-facts'
import { messageOf } from '@/services/api-client'
import { updateReport } from '@/services/community/community-api'
import { openVerify } from '@/features/community/verify/navigation'
import { describeSubject, loadSubjects } from '@/features/community/verify/subjects'

/** 关于：冬季供暖 · 地点 (or the kind and field when the content has no such subject any more). */
export function useSubjectLine(subject: FactSubject): string {
  const load = useCallback(async () => describeSubject(await loadSubjects(), subject), [subject])
  const { state } = useAsync(load)
  const fallback = `${FACT_SUBJECT_KIND_LABELS[subject.kind]} ${subject.id} · ${subject.field}`
  return `关于：${(state.status === 'ready' && state.data) || fallback}`
}

interface CorrectionReviewProps {
  report: ReportView & { subject: FactSubject }
  worker: boolean
  onDone: (updated: ReportView) => void
}

export function CorrectionReview({ report, worker, onDone }: CorrectionReviewProps) {
  const line = useSubjectLine(report.subject)
  const [declining, setDeclining] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const open = worker && report.status !== 'resolved'
  const decline = async () => {
    if (!reason.trim()) return setError('请填写不采纳的原因，居民会收到这条回复')
    setBusy(true)
    try {
      onDone(await updateReport(report.id, { status: 'resolved', reply: `不采纳：${reason.trim()}` }))
      setReason('')
      setDeclining(false)
      setError('')
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='report__correction'>
      <Text className='report__correction-subject'>{line}</Text>
      {open ? (
        <View className='report__actions'>
          <Button
            type='primary'
            aria-label={`去核实：${line}`}
            onClick={() => openVerify({ ...report.subject, reportId: report.id })}
          >
            去核实
          </Button>
          <Button fill='outline' aria-expanded={declining} onClick={() => setDeclining(!declining)}>
            不采纳
          </Button>
        </View>
      ) : null}
      {open && declining ? (
        <View className='report__update'>
          <Text className='report__label'>不采纳的原因（必填，会发给居民）</Text>
          <TextArea
            className='report__input'
            value={reason}
            maxLength={REPORT_REPLY_MAX - 10}
            placeholder='例如：已到现场核实，原内容无误'
            aria-label='不采纳的原因'
            onChange={(text) => {
              setReason(text)
              setError('')
            }}
          />
          <FieldMessage message={error} />
          <Button fill='outline' disabled={busy} onClick={() => void decline()}>
            {busy ? '正在提交…' : '确认不采纳并回复居民'}
          </Button>
        </View>
      ) : null}
      {!declining && error ? <FieldMessage message={error} /> : null}
    </View>
  )
}
