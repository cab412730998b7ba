// What 删除 and 删除我的全部数据 say before they happen (what goes, that it cannot be undone) and after.
import type { Confirmation } from '@/features/community/desk/ConfirmDialog'

export const DELETED_ONE = '已删除：这条报告、它的处理记录和照片已从服务器上删除。'
export const DELETED_ALL =
  '已删除：你在服务器上的全部报告、照片和登录状态，以及这台手机上的草稿和待发送的报告都已清除。'

export const deleteReportConfirmation = (what: string, onConfirm: () => void): Confirmation => ({
  title: '删除这条报告',
  message:
    `将从服务器上删除「${what}」，连同处理记录和照片。正在处理中的报告也会删除，社区工作人员将不再看到它。` +
    '删除后不能恢复。',
  confirmText: '确认删除',
  onConfirm,
})

export const deleteAllConfirmation = (onConfirm: () => void): Confirmation => ({
  title: '删除我的全部数据',
  message:
    '将删除：服务器上你的全部报告（包括正在处理中的）、处理记录和照片，以及你的登录状态；' +
    '这台手机上还没填完的草稿和等待发送的报告。删除后不能恢复，社区工作人员也看不到这些报告了。需要联网。',
  confirmText: '确认全部删除',
  onConfirm,
})
