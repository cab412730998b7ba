// Asks before a write that residents will notice (发布, 撤回, 重新发布): says what will happen, 取消 or go ahead.
import { Dialog } from '@nutui/nutui-react-taro'
import { Text } from '@tarojs/components'

export interface Confirmation {
  title: string
  /** What will happen, e.g. 将向全体居民发布「停水通知」… */
  message: string
  confirmText: string
  onConfirm: () => void
}

interface ConfirmDialogProps {
  confirmation: Confirmation | null
  onClose: () => void
}

export function ConfirmDialog({ confirmation, onClose }: ConfirmDialogProps) {
  return (
    <Dialog
      className='confirm-dialog'
      visible={confirmation !== null}
      title={confirmation?.title}
      content={<Text className='confirm-dialog__message'>{confirmation?.message}</Text>}
      confirmText={confirmation?.confirmText}
      cancelText='取消'
      onConfirm={() => confirmation?.onConfirm()}
      onCancel={onClose}
      onClose={onClose}
    />
  )
}
