// 删除我的全部数据 (on the 隐私政策 page and under 我的报告): asks first, saying what will go; then deletes on the server
// and on this device and says 已删除 — or, offline, that it needs the network (nothing is deleted then).
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ConfirmDialog, type Confirmation } from '@/features/community/desk/ConfirmDialog'
import { deleteAllMyData, deletionFailure } from '@/services/community/my-data'
import { DELETED_ALL, deleteAllConfirmation } from './deletion-words'
import './delete-all.scss'

type Outcome = { ok: boolean; message: string } | null

export function DeleteAllData({ onDeleted }: { onDeleted?: () => void }) {
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  const run = async () => {
    setConfirmation(null)
    setBusy(true)
    try {
      await deleteAllMyData()
      setOutcome({ ok: true, message: DELETED_ALL })
      onDeleted?.()
    } catch (error) {
      setOutcome({ ok: false, message: deletionFailure(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='delete-all'>
      <Button
        fill='outline'
        disabled={busy}
        onClick={() => {
          setOutcome(null)
          setConfirmation(deleteAllConfirmation(() => void run()))
        }}
      >
        {busy ? '正在删除…' : '删除我的全部数据'}
      </Button>
      {outcome ? (
        <Text
          className={outcome.ok ? 'delete-all__done' : 'delete-all__error'}
          {...{ role: outcome.ok ? 'status' : 'alert' }}
        >
          {outcome.message}
        </Text>
      ) : null}
      {/* Mounted only while asking: an idle NutUI Dialog beside the privacy dialog upsets NutUI's hooks. */}
      {confirmation ? <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} /> : null}
    </View>
  )
}
