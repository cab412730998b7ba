// The notice form's fields: category, title (≤ 60), body (≤ 5000, growing with its text), pinned, publish now or at
// a time picked in a date-time picker (only before it goes out), an optional expiry; each with its message.
import { Checkbox, Input, Radio, TextArea } from '@nutui/nutui-react-taro'
import { Text } from '@tarojs/components'
import { ChoiceChips } from '@/components/choice-chips/ChoiceChips'
import { NOTICE_BODY_MAX, NOTICE_CATEGORIES, NOTICE_TITLE_MAX } from '@/domain/notice/labels'
import { canReschedule, suggestedPublishText, type ComposeDraft } from '@/domain/notice/compose'
import type { FieldErrors } from '@/domain/validation'
import { ComposeField } from './ComposeField'
import { TimeField } from './TimeField'

interface NoticeFieldsProps {
  draft: ComposeDraft
  errors: FieldErrors
  change: (patch: Partial<ComposeDraft>) => void
  now: Date
}

export function NoticeFields({ draft, errors, change, now }: NoticeFieldsProps) {
  const editing = draft.editing
  const reschedulable = canReschedule(editing)
  return (
    <>
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
          suggestion={suggestedPublishText(now)}
          now={now}
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
        suggestion={draft.publishAt || suggestedPublishText(now)}
        now={now}
        onChange={(expireAt) => change({ expireAt })}
      />
    </>
  )
}
