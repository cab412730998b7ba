// 核实记录 of one field, newest first: when, who (worker · community), how (with the notice's title), and the value.
import { View, Text } from '@tarojs/components'
import { formatChinaTime } from '@/domain/china-time'
import { VERIFY_METHOD_LABELS, type FactValueKind, type VerifiedFact } from '@/domain/verified-facts'
import { valueText } from './verify-words'

interface FactHistoryProps {
  kind: FactValueKind
  history: readonly VerifiedFact[]
}

export function FactHistory({ kind, history }: FactHistoryProps) {
  return (
    <View className='verify-history' role='list' aria-label='核实记录'>
      <Text className='desk__heading'>核实记录</Text>
      {history.length === 0 ? <Text className='verify-form__hint'>还没有核实记录</Text> : null}
      {history.map((fact) => (
        <View key={fact.id} className='verify-history__entry' role='listitem'>
          <Text className='verify-history__who'>
            {`${formatChinaTime(fact.verifiedAt)} ${fact.verifiedBy.worker.name}（${fact.verifiedBy.community.name}）${VERIFY_METHOD_LABELS[fact.method]}`}
          </Text>
          <Text className='verify-history__value'>{valueText(kind, fact.value)}</Text>
          {fact.evidence.noticeTitle ? (
            <Text className='verify-form__hint'>{`公示：${fact.evidence.noticeTitle}`}</Text>
          ) : null}
          <Text className='verify-form__hint'>{`下次复核：${fact.recheckBy}${fact.stale ? '（已到期，待复核）' : ''}`}</Text>
        </View>
      ))}
    </View>
  )
}
