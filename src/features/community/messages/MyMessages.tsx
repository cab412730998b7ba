// 我的消息: my reports with unread replies and status changes first (the rule in domain/report-messages), each with
// its status and latest reply; opening one shows its timeline and marks it read. Offline it shows the saved copy
// with when it was fetched (离线查看 · 更新于 …) instead of failing.
import { useCallback, useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { headingProps } from '@/components/a11y/aria-props'
import { offlineAsOf, orderMessages } from '@/domain/report-messages'
import { messageOf } from '@/services/api-client'
import { loadMyReports, openMyReport, type MyReports } from '@/services/community/my-reports'
import { openReports } from '@/features/community/navigation'
import { MessageRow } from './MessageRow'
import './messages.scss'
import '@/features/community/reports/report-screen.scss'

type State = { kind: 'loading' } | { kind: 'failed'; error: string } | { kind: 'ready'; mine: MyReports }

export function MyMessages() {
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [openId, setOpenId] = useState<string | null>(null)
  const load = useCallback(() => {
    setState({ kind: 'loading' })
    loadMyReports().then(
      (mine) => setState({ kind: 'ready', mine }),
      (error) => setState({ kind: 'failed', error: messageOf(error) }),
    )
  }, [])
  useEffect(load, [load])

  const toggle = (id: string, unread: boolean) => {
    setOpenId((current) => (current === id ? null : id))
    if (!unread) return
    void openMyReport(id).then((ok) => {
      if (!ok) return
      setState((s) =>
        s.kind === 'ready'
          ? {
              kind: 'ready',
              mine: { ...s.mine, reports: s.mine.reports.map((r) => (r.id === id ? { ...r, unread: false } : r)) },
            }
          : s,
      )
    })
  }

  return (
    <View className='report__card messages'>
      <Text className='report__heading' {...headingProps(2)}>
        回复与进度
      </Text>
      {state.kind === 'loading' ? <Text className='report__hint'>加载中…</Text> : null}
      {state.kind === 'failed' ? (
        <View className='report__failed' {...{ role: 'alert' }}>
          <Text className='report__error'>{`加载失败：${state.error}`}</Text>
          <Button fill='outline' onClick={load}>
            重新加载
          </Button>
        </View>
      ) : null}
      {state.kind === 'ready' ? <Ready mine={state.mine} openId={openId} onToggle={toggle} onReload={load} /> : null}
    </View>
  )
}

interface ReadyProps {
  mine: MyReports
  openId: string | null
  onToggle: (id: string, unread: boolean) => void
  onReload: () => void
}

function Ready({ mine, openId, onToggle, onReload }: ReadyProps) {
  const reports = orderMessages(mine.reports)
  return (
    <>
      {mine.offline ? (
        <View className='messages__offline' {...{ role: 'status' }}>
          <Text className='messages__offline-line'>{offlineAsOf(mine.fetchedAt)}</Text>
          <Text className='report__hint'>{`${mine.offline}；联网后可刷新`}</Text>
          <Button fill='outline' onClick={onReload}>
            重新加载
          </Button>
        </View>
      ) : null}
      {mine.unsaved ? <Text className='report__hint'>手机存储已满：这些消息未能保存，离线时将无法查看</Text> : null}
      {reports.length === 0 ? (
        <View className='messages__empty'>
          <Text className='report__hint'>还没有报告过问题：在小事快办报告后，社区的回复和处理进度会显示在这里</Text>
          <Button fill='outline' onClick={openReports}>
            去小事快办
          </Button>
        </View>
      ) : (
        <View role='list' aria-label='我的报告的回复与进度'>
          {reports.map((r) => (
            <MessageRow key={r.id} report={r} open={openId === r.id} onToggle={() => onToggle(r.id, r.unread)} />
          ))}
        </View>
      )}
    </>
  )
}
