// What 发布, 撤回 and 重新发布 say before they happen: who will see what, and when.
import type { ComposeDraft } from '@/domain/notice/compose'
import type { Confirmation } from './ConfirmDialog'

const AUDIENCE = '全体居民'

export function publishConfirmation(draft: ComposeDraft, onConfirm: () => void): Confirmation {
  const what = `「${draft.title.trim()}」`
  const pinned = draft.pinned ? '，并置顶在社区通知最前' : ''
  const message =
    draft.mode === 'scheduled'
      ? `将于 ${draft.publishAt}（北京时间）向${AUDIENCE}发布${what}${pinned}。到时之前可以修改或撤回。`
      : `将向${AUDIENCE}发布${what}${pinned}，发布后居民立即就能看到。`
  return {
    title: draft.mode === 'scheduled' ? '定时发布通知' : '发布通知',
    message,
    confirmText: '确认发布',
    onConfirm,
  }
}

export const withdrawConfirmation = (title: string, onConfirm: () => void): Confirmation => ({
  title: '撤回通知',
  message: `撤回后居民将看不到「${title}」。撤回的通知可以在「未发布」里重新发布。`,
  confirmText: '确认撤回',
  onConfirm,
})

export const republishConfirmation = (title: string, onConfirm: () => void): Confirmation => ({
  title: '重新发布通知',
  message: `将向${AUDIENCE}重新发布「${title}」，发布后居民立即就能看到。`,
  confirmText: '确认发布',
  onConfirm,
})
