// A worker writes or edits a notice: category, title (≤ 60), body (≤ 5000), pinned, publish now or at a time picked
// in a date-time picker, an optional expiry; saved as a draft ~500 ms after every change (restored after a reload; a
// storage failure toasts and keeps it in memory), previewed as plain text, then handed to `submit` — whose refusal
// puts a message next to each field at fault and keeps the draft.
import { useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Checkbox, Input, Radio, TextArea } from '@nutui/nutui-react-taro'
import { ChoiceChips } from '@/components/choice-chips/ChoiceChips'
import { headingProps } from '@/components/a11y/aria-props'
import { NOTICE_BODY_MAX, NOTICE_CATEGORIES, NOTICE_TITLE_MAX } from '@/domain/notice/labels'
import { EMPTY_DRAFT, canReschedule, suggestedPublishText, type ComposeDraft } from '@/domain/notice/compose'
import type { FieldErrors } from '@/domain/validation'
import { DRAFT_MEMORY_ONLY, clearDraft, loadDraft, saveDraft } from '@/services/notice-compose'
import { ComposeField } from './ComposeField'
import { TimeField } from './TimeField'
import './notice-compose.scss'

export const DRAFT_DELAY_MS = 500
export const DRAFT_SAVED = '草稿已自动保存'

export type SubmitOutcome =
  | { ok: true; note: string }
  /** `draft`: the draft to keep instead (e.g. with a fresh idempotency key). */
  | { ok: false; fields: FieldErrors; message?: string; draft?: ComposeDraft }

interface NoticeComposeProps {
  /** Where the draft is kept (a new notice and an edit each have their own). */
  draftKey: string
  /** A fresh start (编辑 tapped): replaces what the key held. */
  start?: ComposeDraft
  submit: (draft: ComposeDraft, now: Date) => SubmitOutcome | Promise<SubmitOutcome>
  /** After a successful submit (the draft is cleared by then). */
  onDone?: () => void
  /** Shown as 放弃修改 when given: drops the draft. */
  onCancel?: () => void
  now?: () => Date
  /** How long typing must pause before the draft is saved. */
  draftDelayMs?: number
}

export function NoticeCompose(props: NoticeComposeProps) {
  const { draftKey, start, submit, onDone, onCancel, now = () => new Date(), draftDelayMs = DRAFT_DELAY_MS } = props
  const [draft, setDraft] = useState<ComposeDraft>(() => start ?? loadDraft(draftKey) ?? EMPTY_DRAFT)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState('')
  const [preview, setPreview] = useState(false)
  const [busy, setBusy] = useState(false)
  const [saveNote, setSaveNote] = useState('')
  // Nothing to save until something changes, except a fresh edit, which must survive a crash from the start.
  const skipSave = useRef(!start)

  useEffect(() => {
    if (skipSave.current) {
      skipSave.current = false
      return
    }
    const timer = setTimeout(() => {
      setSaveNote(saveDraft(draftKey, draft) ? DRAFT_SAVED : DRAFT_MEMORY_ONLY)
    }, draftDelayMs)
    return () => clearTimeout(timer)
  }, [draft, draftKey, draftDelayMs])

  const change = (patch: Partial<ComposeDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setFailure('')
    setErrors((e) => {
      const next = { ...e }
      for (const key of Object.keys(patch)) delete next[key]
      return next
    })
  }

  const send = async () => {
    setBusy(true)
    const outcome = await submit(draft, now())
    setBusy(false)
    if (!outcome.ok) {
      setErrors(outcome.fields)
      setFailure(outcome.message ?? '')
      if (outcome.draft) setDraft(outcome.draft)
      return
    }
    clearDraft(draftKey)
    skipSave.current = true
    setDraft(EMPTY_DRAFT)
    setErrors({})
    setFailure('')
    setPreview(false)
    setSaveNote(outcome.note)
    onDone?.()
  }

  const editing = draft.editing
  const reschedulable = canReschedule(editing)
  const at = now()
  return (
    <View className='compose'>
      <Text className='compose__heading' {...headingProps(2)}>
        {editing ? '修改通知' : '写通知'}
      </Text>
      <ComposeField id='compose-category' label='类别' error={errors.category}>
        <ChoiceChips
          label='通知类别'
          options={NOTICE_CATEGORIES.map((c) => ({ value: c, label: c }))}
          isSelected={(c) => c === draft.category}
          onPick={(category) => change({ category })}
        />
      </ComposeField>

      <ComposeField id='compose-title' label={`标题（不超过 ${NOTICE_TITLE_MAX} 字）`} error={errors.title}>
        <Input
          className='compose__input'
          value={draft.title}
          placeholder='例如：停水通知'
          aria-label='标题'
          onChange={(title) => change({ title })}
        />
      </ComposeField>

      <ComposeField id='compose-body' label={`正文（不超过 ${NOTICE_BODY_MAX} 字）`} error={errors.body}>
        <TextArea
          className='compose__textarea'
          value={draft.body}
          placeholder='通知内容，可分段'
          aria-label='正文'
          rows={6}
          maxLength={NOTICE_BODY_MAX}
          showCount
          autoSize
          onChange={(body) => change({ body })}
        />
      </ComposeField>

      <Checkbox className='compose__pin' checked={draft.pinned} onChange={(pinned) => change({ pinned })}>
        置顶（排在社区通知最前）
      </Checkbox>

      {reschedulable ? (
        <>
          <Text className='compose__label'>发布方式</Text>
          <Radio.Group
            value={draft.mode}
            direction='horizontal'
            onChange={(mode) => change({ mode: mode === 'scheduled' ? 'scheduled' : 'now' })}
          >
            <Radio value='now'>立即发布</Radio>
            <Radio value='scheduled'>定时发布</Radio>
          </Radio.Group>
        </>
      ) : null}
      {draft.mode === 'scheduled' || !reschedulable ? (
        <TimeField
          id='compose-publish'
          name='发布时间'
          label={reschedulable ? '发布时间（北京时间）' : '发布时间（已发布，不能修改）'}
          value={reschedulable ? draft.publishAt : (editing?.original.publishAt ?? '')}
          error={errors.publishAt}
          suggestion={suggestedPublishText(at)}
          now={at}
          editable={reschedulable}
          onChange={(publishAt) => change({ publishAt })}
        />
      ) : null}
      <TimeField
        id='compose-expire'
        name='截止时间'
        label='截止时间（可不选；须晚于发布时间）'
        value={draft.expireAt}
        error={errors.expireAt}
        suggestion={draft.publishAt || suggestedPublishText(at)}
        now={at}
        onChange={(expireAt) => change({ expireAt })}
      />

      {saveNote ? (
        <Text
          className={`compose__saved${saveNote === DRAFT_MEMORY_ONLY ? ' compose__saved--warn' : ''}`}
          {...{ role: 'status' }}
        >
          {saveNote}
        </Text>
      ) : null}
      {failure ? (
        <Text className='compose__failure' {...{ role: 'alert' }}>
          {failure}
        </Text>
      ) : null}
      <View className='compose__actions'>
        <Button fill='outline' onClick={() => setPreview(!preview)}>
          {preview ? '关闭预览' : '预览'}
        </Button>
        <Button type='primary' loading={busy} disabled={busy} onClick={() => void send()}>
          {editing ? '保存修改' : '发布'}
        </Button>
      </View>
      {onCancel ? (
        <Button fill='none' className='compose__cancel' onClick={onCancel}>
          放弃修改
        </Button>
      ) : null}
      {preview ? (
        <View className='compose__preview' aria-label='预览'>
          <Text className='compose__preview-title'>{draft.title || '（未填写标题）'}</Text>
          <Text className='compose__preview-body'>{draft.body || '（未填写正文）'}</Text>
        </View>
      ) : null}
    </View>
  )
}
