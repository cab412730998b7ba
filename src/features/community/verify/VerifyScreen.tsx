// The verify page: which field of which guide / park / 本社区 (from the route), the form for a signed-in worker, and
// after 发布 the field's 核实记录 (GET history). Not signed in, or a field that does not exist, says so.
import { useCallback, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useAsync } from '@/components/async-view/use-async'
import { fieldDefinition, type FactSubject, type VerifiedFact } from '@/domain/verified-facts'
import { messageOf } from '@/services/api-client'
import { workerSession } from '@/services/community/session'
import { fetchFactHistory } from '@/services/community/verify-api'
import { openWorkerDesk } from '@/features/community/navigation'
import { describeSubject, loadSubjects } from './subjects'
import { FactHistory } from './FactHistory'
import { VerifyForm } from './VerifyForm'
import '@/features/community/desk/worker-desk.scss'
import './verify.scss'

interface VerifyScreenProps {
  subject: FactSubject | null
  reportId?: string
}

type After =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; history: VerifiedFact[] }
  | { status: 'error'; message: string }

export function VerifyScreen({ subject, reportId }: VerifyScreenProps) {
  const load = useCallback(async () => (subject ? describeSubject(await loadSubjects(), subject) : null), [subject])
  const { state } = useAsync(load)
  const [after, setAfter] = useState<After>({ status: 'none' })
  const definition = subject ? fieldDefinition(subject.kind, subject.field) : null
  if (!workerSession()) {
    return (
      <View className='verify-screen desk__card'>
        <Text className='desk__hint'>核实信息只有社区工作人员可以做：请先登录。</Text>
        <Button fill='outline' onClick={openWorkerDesk}>
          去登录
        </Button>
      </View>
    )
  }
  if (state.status === 'loading') return <Text className='desk__hint'>正在读取…</Text>
  const what = state.status === 'ready' ? state.data : null
  if (!subject || !definition || !what) {
    return (
      <View className='verify-screen desk__card'>
        <Text className='desk__hint'>找不到要核实的这一项，请回到工作人员页重新选择。</Text>
        <Button fill='outline' onClick={openWorkerDesk}>
          回到工作人员页
        </Button>
      </View>
    )
  }
  const published = async (fact: VerifiedFact) => {
    setAfter({ status: 'loading' })
    try {
      setAfter({ status: 'ready', history: await fetchFactHistory(fact.subject) })
    } catch (error) {
      // The fact is published; only the record could not be read now.
      setAfter({ status: 'error', message: messageOf(error) })
    }
  }
  return (
    <View className='verify-screen'>
      <View className='desk__card'>
        <Text className='desk__heading'>{`核实：${what}`}</Text>
        {reportId ? (
          <Text className='desk__hint'>这是对一条居民「信息纠错」的答复：发布后这条反映会办结，并告诉居民。</Text>
        ) : null}
        {after.status !== 'none' ? (
          <Text className='desk__note' {...{ role: 'status' }}>
            已发布，居民现在能看到核实结果
          </Text>
        ) : null}
        <VerifyForm subject={subject} definition={definition} what={what} reportId={reportId} onPublished={published} />
      </View>
      {after.status === 'ready' ? (
        <View className='desk__card'>
          <FactHistory kind={definition.value} history={after.history} />
        </View>
      ) : after.status === 'error' ? (
        <Text className='desk__error'>{`核实记录暂时无法读取：${after.message}`}</Text>
      ) : after.status === 'loading' ? (
        <Text className='desk__hint'>正在读取核实记录…</Text>
      ) : null}
    </View>
  )
}
