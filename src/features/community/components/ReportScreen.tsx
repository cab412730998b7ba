// 小事快办: a resident reports a small problem (category, description, place, up to 3 photos ≤ 2 MB), sent with an
// idempotency key (a retry never makes a second report); 我的报告 with the status timeline 已提交 → 已受理 → 处理中 →
// 已办结 and the worker's reply. A signed-in worker sees every report and moves its status on with a reply.
import { useCallback, useEffect, useState } from 'react'
import { View, Text, Image } from '@tarojs/components'
import { Button, Input, Step, Steps, TextArea } from '@nutui/nutui-react-taro'
import { ChoiceChips } from '../../../components/choice-chips/ChoiceChips'
import { headingProps } from '../../../components/a11y/aria-props'
import type { ReportView } from '../../../domain/api-contract'
import {
  MAX_PHOTOS,
  REPORT_CATEGORIES,
  REPORT_STATUSES,
  REPORT_STATUS_LABELS,
  nextReportStatuses,
  reportCreateSchema,
  statusIndex,
  type ReportStatus,
} from '../../../domain/report'
import { validate, type FieldErrors } from '../../../domain/validation'
import { formatChinaTime } from '../../../domain/notice-feed'
import { messageOf } from '../../../services/api-client'
import { choosePhotos, fetchReports, newRequestKey, sendReport, updateReport } from '../../../services/community-api'
import { workerSession } from '../../../services/session'
import './report-screen.scss'

const alertProps = { role: 'alert' }

function ReportForm({ onSent }: { onSent: () => void }) {
  const [category, setCategory] = useState('')
  const [description, setDescription] = useState('')
  const [place, setPlace] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState('')
  const [key, setKey] = useState(newRequestKey)
  const [busy, setBusy] = useState(false)

  const pick = async () => {
    const picked = await choosePhotos(MAX_PHOTOS - photos.length)
    setPhotos((p) => [...p, ...picked.flatMap((x) => (x.ok ? [x.dataUrl] : []))].slice(0, MAX_PHOTOS))
    const problems = picked.flatMap((x) => (x.ok ? [] : [x.message]))
    setMessage(problems.join('；'))
  }

  const submit = async () => {
    const input = { category, description, place, photos }
    const checked = validate(reportCreateSchema, input)
    if (!checked.ok) {
      setErrors(checked.error.fields ?? {})
      setMessage(checked.error.error)
      return
    }
    setErrors({})
    setBusy(true)
    try {
      await sendReport(input as Parameters<typeof sendReport>[0], key)
      setCategory('')
      setDescription('')
      setPlace('')
      setPhotos([])
      setKey(newRequestKey())
      setMessage('已提交，社区会尽快处理')
      onSent()
    } catch (e) {
      // The same key is kept: pressing 提交 again cannot make a second report.
      setMessage(`提交失败：${messageOf(e)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='report__card'>
      <Text className='report__heading' {...headingProps(2)}>
        报告问题
      </Text>
      <Text className='report__label'>类别</Text>
      <ChoiceChips
        label='问题类别'
        options={REPORT_CATEGORIES.map((c) => ({ value: c, label: c }))}
        isSelected={(c) => c === category}
        onPick={setCategory}
      />
      {errors.category ? (
        <Text className='report__error' {...alertProps}>
          {errors.category}
        </Text>
      ) : null}
      <Text className='report__label'>问题描述</Text>
      <TextArea className='report__input' value={description} aria-label='问题描述' onChange={setDescription} />
      {errors.description ? (
        <Text className='report__error' {...alertProps}>
          {errors.description}
        </Text>
      ) : null}
      <Text className='report__label'>地点（文字描述，如 3号楼东侧）</Text>
      <Input className='report__input' value={place} aria-label='地点' onChange={setPlace} />
      {errors.place ? (
        <Text className='report__error' {...alertProps}>
          {errors.place}
        </Text>
      ) : null}
      <View className='report__photos'>
        {photos.map((p, i) => (
          <Image key={i} className='report__photo' src={p} mode='aspectFill' aria-label={`第 ${i + 1} 张照片`} />
        ))}
      </View>
      {photos.length < MAX_PHOTOS ? (
        <Button fill='outline' onClick={pick}>{`添加照片（${photos.length}/${MAX_PHOTOS}，每张 ≤ 2 MB）`}</Button>
      ) : null}
      {message ? (
        <Text className='report__message' {...{ role: 'status' }}>
          {message}
        </Text>
      ) : null}
      <Button type='primary' block loading={busy} onClick={submit}>
        提交
      </Button>
    </View>
  )
}

function WorkerUpdate({ report, onDone }: { report: ReportView; onDone: () => void }) {
  const [reply, setReply] = useState('')
  const [error, setError] = useState('')
  const update = async (status: ReportStatus | null) => {
    try {
      await updateReport(report.id, { ...(status ? { status } : {}), ...(reply.trim() ? { reply } : {}) })
      setReply('')
      onDone()
    } catch (e) {
      setError(messageOf(e))
    }
  }
  return (
    <View className='report__update'>
      <Input className='report__input' value={reply} placeholder='回复居民' aria-label='回复居民' onChange={setReply} />
      <View className='report__actions'>
        {nextReportStatuses(report.status).map((s) => (
          <Button key={s} size='small' fill='outline' onClick={() => update(s)}>
            {`改为${REPORT_STATUS_LABELS[s]}`}
          </Button>
        ))}
        <Button size='small' fill='outline' onClick={() => update(null)}>
          只回复
        </Button>
      </View>
      {error ? (
        <Text className='report__error' {...alertProps}>
          {error}
        </Text>
      ) : null}
    </View>
  )
}

function ReportItem({ report, worker, onChanged }: { report: ReportView; worker: boolean; onChanged: () => void }) {
  const replies = report.timeline.filter((t) => t.reply)
  return (
    <View className='report__item'>
      <Text className='report__item-title'>{`${report.category} · ${report.place}`}</Text>
      <Text className='report__item-body'>{report.description}</Text>
      <Text className='report__hint'>{`提交于 ${formatChinaTime(report.createdAt)}`}</Text>
      <Steps value={statusIndex(report.status) + 1}>
        {REPORT_STATUSES.map((s) => (
          <Step key={s} value={statusIndex(s) + 1} title={REPORT_STATUS_LABELS[s]} />
        ))}
      </Steps>
      {replies.map((t) => (
        <Text key={t.at} className='report__reply'>{`社区回复（${formatChinaTime(t.at)}）：${t.reply}`}</Text>
      ))}
      {worker && report.status !== 'resolved' ? <WorkerUpdate report={report} onDone={onChanged} /> : null}
    </View>
  )
}

export function ReportScreen() {
  const worker = workerSession() !== null
  const [reports, setReports] = useState<ReportView[] | null>(null)
  const [error, setError] = useState('')
  const load = useCallback(() => {
    fetchReports().then(
      (r) => {
        setReports(r)
        setError('')
      },
      (e: unknown) => setError(messageOf(e)),
    )
  }, [])
  useEffect(load, [load])
  return (
    <View className='report'>
      {worker ? null : <ReportForm onSent={load} />}
      <View className='report__card'>
        <Text className='report__heading' {...headingProps(2)}>
          {worker ? '居民报告（工作人员）' : '我的报告'}
        </Text>
        {error ? (
          <View {...alertProps}>
            <Text className='report__error'>{`加载失败：${error}`}</Text>
            <Button size='small' fill='outline' onClick={load}>
              重新加载
            </Button>
          </View>
        ) : null}
        {reports && reports.length === 0 ? <Text className='report__hint'>暂无报告</Text> : null}
        {(reports ?? []).map((r) => (
          <ReportItem key={r.id} report={r} worker={worker} onChanged={load} />
        ))}
      </View>
    </View>
  )
}
