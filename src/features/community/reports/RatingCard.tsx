// 评价 on the resident's finished report: 满意 / 基本满意 / 不满意 and optional words, asked once more before sending
// (one 评价 per 办结); the choice and words are kept as a draft (a failed send says why in Chinese and loses nothing);
// once rated, what was rated.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import type { ReportView } from '@/domain/api-contract'
import {
  REPORT_RATINGS,
  REPORT_RATING_LABELS,
  REPORT_RATING_WORDS_MAX,
  type ReportRatingValue,
} from '@/domain/report'
import { canRateReport, ratingLine } from '@/domain/report-lifecycle'
import { formatChinaTime } from '@/domain/china-time'
import { messageOf } from '@/services/api-client'
import { rateReport } from '@/services/community/community-api'
import { ratingDrafts, type RatingDraft } from '@/services/community/rating-drafts'
import { ConfirmDialog, type Confirmation } from '@/features/community/desk/ConfirmDialog'

interface RatingCardProps {
  report: ReportView
  /** After a 评价 was stored: the report as the server now has it. */
  onRated: (report: ReportView) => void
}

export function RatingCard({ report, onRated }: RatingCardProps) {
  const [draft, setDraft] = useState<RatingDraft>(() => ratingDrafts.load(report.id))
  const { choice, words } = draft
  // From the latest draft, not this render's: a tap and a keystroke close together must both be kept.
  const change = (patch: Partial<RatingDraft>) =>
    setDraft((latest) => {
      const next = { ...latest, ...patch }
      ratingDrafts.save(report.id, next)
      return next
    })
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null)
  const open = canRateReport(report)

  if (!open) {
    if (!report.rating) return null
    const after = report.status === 'revisit' ? '社区将回访，处理进度见上方' : '谢谢你的评价'
    return (
      <View className='report__rating' role='group' aria-label='我的评价'>
        <Text className='report__label'>{`我的${ratingLine(report.rating)}`}</Text>
        <Text className='report__hint'>{`评价于 ${formatChinaTime(report.rating.at)} · ${after}`}</Text>
      </View>
    )
  }

  const send = async (value: ReportRatingValue) => {
    setConfirmation(null)
    setBusy(true)
    setError('')
    try {
      const rated = await rateReport(report.id, { rating: value, ...(words.trim() ? { words } : {}) })
      ratingDrafts.clear(report.id)
      onRated(rated)
    } catch (e) {
      setError(`评价没有提交：${messageOf(e)}。你的选择和填写的话都还在，可以再提交一次`)
    } finally {
      setBusy(false)
    }
  }
  const ask = () => {
    if (!choice) {
      setError('请先选择：满意、基本满意或不满意')
      return
    }
    const reopen = choice === 'unsatisfied' ? '，这条反映将转回社区「待回访」' : ''
    setConfirmation({
      title: '提交评价',
      message: `评价「${REPORT_RATING_LABELS[choice]}」提交后不能修改${reopen}。确定提交吗？`,
      confirmText: '提交评价',
      onConfirm: () => void send(choice),
    })
  }

  return (
    <View className='report__rating' role='group' aria-label='评价这次办理'>
      <Text className='report__label'>已办结，请评价这次办理（只能评价一次）</Text>
      <View className='report__actions' role='radiogroup' aria-label='评价'>
        {REPORT_RATINGS.map((value) => (
          <Button
            key={value}
            type={choice === value ? 'primary' : 'default'}
            fill={choice === value ? 'solid' : 'outline'}
            disabled={busy}
            {...{ role: 'radio', 'aria-checked': choice === value }}
            onClick={() => {
              change({ choice: value })
              setError('')
            }}
          >
            {REPORT_RATING_LABELS[value]}
          </Button>
        ))}
      </View>
      <Text className='report__label'>{`想说的话（可选，不超过 ${REPORT_RATING_WORDS_MAX} 字）`}</Text>
      <TextArea
        className='report__input'
        value={words}
        maxLength={REPORT_RATING_WORDS_MAX}
        placeholder={choice === 'unsatisfied' ? '哪里还没解决？社区回访时会看到' : '想对社区说的话'}
        aria-label='评价的话'
        onChange={(text) => change({ words: text })}
      />
      <View className='report__actions'>
        <Button type='primary' disabled={busy} onClick={ask}>
          {busy ? '正在提交…' : '提交评价'}
        </Button>
      </View>
      {error ? (
        <Text className='report__error' {...{ role: 'alert' }}>
          {error}
        </Text>
      ) : null}
      {confirmation ? <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} /> : null}
    </View>
  )
}
