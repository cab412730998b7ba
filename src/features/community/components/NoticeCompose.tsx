// A worker writes a notice: category, title (≤ 60), body (≤ 5000), pinned, publish now or at a time, an optional
// expiry; checked field by field with the API's schema, saved as a draft ~500 ms after every change (restored after a
// reload), previewed as plain text, and published through the outbox.
import { useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input, Radio, Switch, TextArea } from '@nutui/nutui-react-taro'
import { ChoiceChips } from '../../../components/choice-chips/ChoiceChips'
import { headingProps } from '../../../components/a11y/aria-props'
import { NOTICE_BODY_MAX, NOTICE_CATEGORIES, NOTICE_TITLE_MAX } from '../../../domain/notice'
import { EMPTY_DRAFT, checkDraft, isComposeDraft, type ComposeDraft } from '../../../domain/notice-compose'
import type { FieldErrors } from '../../../domain/validation'
import { DraftStore } from '../../../services/drafts'
import { taroStore } from '../../../services/key-value-store'
import './notice-compose.scss'

export const DRAFT_KEY = 'community.compose.draft.v1'
export const DRAFT_DELAY_MS = 500

const drafts = new DraftStore<ComposeDraft>(taroStore, isComposeDraft)

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <Text id={id} className='compose__error' {...{ role: 'alert' }}>
      {message}
    </Text>
  ) : null
}

interface NoticeComposeProps {
  onPublish: (input: ReturnType<typeof checkDraft> & { ok: true }) => void
  now?: () => Date
}

export function NoticeCompose({ onPublish, now = () => new Date() }: NoticeComposeProps) {
  const [draft, setDraft] = useState<ComposeDraft>(() => drafts.load(DRAFT_KEY) ?? EMPTY_DRAFT)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [preview, setPreview] = useState(false)
  const [saveNote, setSaveNote] = useState('')
  const first = useRef(true)

  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const timer = setTimeout(() => {
      setSaveNote(drafts.save(DRAFT_KEY, draft) ? '草稿已自动保存' : '存储空间不足：草稿只保存在内存中，请勿关闭')
    }, DRAFT_DELAY_MS)
    return () => clearTimeout(timer)
  }, [draft])

  const change = (patch: Partial<ComposeDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const key of Object.keys(patch)) delete next[key]
      return next
    })
  }

  const check = () => {
    const result = checkDraft(draft, now())
    setErrors(result.ok ? {} : result.fields)
    return result
  }

  const publish = () => {
    const result = check()
    if (!result.ok) return
    onPublish(result)
    drafts.clear(DRAFT_KEY)
    setDraft(EMPTY_DRAFT)
    setPreview(false)
    first.current = true
    setSaveNote('已加入发送队列')
  }

  return (
    <View className='compose'>
      <Text className='compose__heading' {...headingProps(2)}>
        写通知
      </Text>
      <Text className='compose__label'>类别</Text>
      <ChoiceChips
        label='通知类别'
        options={NOTICE_CATEGORIES.map((c) => ({ value: c, label: c }))}
        isSelected={(c) => c === draft.category}
        onPick={(category) => change({ category })}
      />
      <FieldError id='compose-category-error' message={errors.category} />

      <Text className='compose__label'>{`标题（不超过 ${NOTICE_TITLE_MAX} 字）`}</Text>
      <Input
        className='compose__input'
        value={draft.title}
        placeholder='例如：停水通知'
        aria-label='标题'
        onChange={(title) => change({ title })}
      />
      <FieldError id='compose-title-error' message={errors.title} />

      <Text className='compose__label'>{`正文（不超过 ${NOTICE_BODY_MAX} 字）`}</Text>
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
      <FieldError id='compose-body-error' message={errors.body} />

      <View className='compose__row'>
        <Text className='compose__label'>置顶</Text>
        <Switch checked={draft.pinned} aria-label='置顶' onChange={(pinned) => change({ pinned })} />
      </View>

      <Text className='compose__label'>发布方式</Text>
      <Radio.Group
        value={draft.mode}
        direction='horizontal'
        onChange={(mode) => change({ mode: mode === 'scheduled' ? 'scheduled' : 'now' })}
      >
        <Radio value='now'>立即发布</Radio>
        <Radio value='scheduled'>定时发布</Radio>
      </Radio.Group>
      {draft.mode === 'scheduled' ? (
        <>
          <Text className='compose__label'>发布时间（北京时间，如 2026-05-01 09:00）</Text>
          <Input
            className='compose__input'
            value={draft.publishAt}
            placeholder='2026-05-01 09:00'
            aria-label='发布时间'
            onChange={(publishAt) => change({ publishAt })}
          />
          <FieldError id='compose-publish-error' message={errors.publishAt} />
        </>
      ) : null}
      <Text className='compose__label'>截止时间（可不填；须晚于发布时间）</Text>
      <Input
        className='compose__input'
        value={draft.expireAt}
        placeholder='2026-05-31 18:00'
        aria-label='截止时间'
        onChange={(expireAt) => change({ expireAt })}
      />
      <FieldError id='compose-expire-error' message={errors.expireAt} />

      {saveNote ? (
        <Text className='compose__saved' {...{ role: 'status' }}>
          {saveNote}
        </Text>
      ) : null}
      <View className='compose__actions'>
        <Button fill='outline' onClick={() => setPreview(!preview)}>
          {preview ? '关闭预览' : '预览'}
        </Button>
        <Button type='primary' onClick={publish}>
          发布
        </Button>
      </View>
      {preview ? (
        <View className='compose__preview' aria-label='预览'>
          <Text className='compose__preview-title'>{draft.title || '（未填写标题）'}</Text>
          <Text className='compose__preview-body'>{draft.body || '（未填写正文）'}</Text>
        </View>
      ) : null}
    </View>
  )
}
