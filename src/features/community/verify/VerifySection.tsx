// 核实信息 on the workers' desk: every guide, park and 本社区's contacts with how many of its fields are still 待核实;
// tapping one lists its fields with their state (待核实 / 已核实 date / 待复核), and a field opens the verify form.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useAsync } from '@/components/async-view/use-async'
import { Disclosure } from '@/components/disclosure/Disclosure'
import type { FactSubjectKind, VerifiedFact } from '@/domain/verified-facts'
import { loadVerifiedFacts } from '@/services/verified-facts'
import { openVerify } from '@/features/community/verify/navigation'
import {
  factsByKey,
  fieldState,
  fieldStateText,
  fieldsOf,
  loadSubjects,
  unverifiedCount,
  type SubjectEntry,
} from './subjects'
import './verify.scss'

const GROUPS: { kind: FactSubjectKind; title: string }[] = [
  { kind: 'guide', title: '办事指南' },
  { kind: 'park', title: '公园' },
  { kind: 'community', title: '本社区联系方式' },
]

interface Loaded {
  subjects: SubjectEntry[]
  facts: Map<string, VerifiedFact>
  /** The verified values could not be read: counts are from the bundled content only. */
  factsFailed: boolean
}

async function loadDesk(): Promise<Loaded> {
  const [subjects, verified] = await Promise.all([loadSubjects(), loadVerifiedFacts()])
  // A worker sees what residents see now: a kept copy would hide what changed since, so a failed fetch shows none.
  if (verified.offline) return { subjects, facts: new Map<string, VerifiedFact>(), factsFailed: true }
  return { subjects, facts: factsByKey(verified.facts), factsFailed: false }
}

export function VerifySection() {
  const load = useCallback(loadDesk, [])
  const { state, retry } = useAsync(load)
  const [open, setOpen] = useState<string | null>(null)
  useDidShow(() => void retry())
  if (state.status !== 'ready') {
    return (
      <View className='desk__card verify-list'>
        <Text className='desk__heading'>核实信息</Text>
        <Text className='desk__hint'>{state.status === 'loading' ? '正在读取…' : '暂时无法读取，请稍后重试'}</Text>
      </View>
    )
  }
  const { subjects, facts, factsFailed } = state.data
  return (
    <View className='desk__card verify-list'>
      <Text className='desk__heading'>核实信息</Text>
      <Text className='desk__hint'>两份年度回顾没有写明的内容（地点、电话、开放时间等），核实后居民才能看到。</Text>
      {factsFailed ? (
        <Text className='desk__error' {...{ role: 'status' }}>
          已核实的记录暂时无法读取，下面的「待核实」只按内置内容计算
        </Text>
      ) : null}
      {GROUPS.map((group) => {
        const members = subjects.filter((s) => s.kind === group.kind)
        const waiting = members.reduce((n, s) => n + unverifiedCount(s, facts), 0)
        return (
          <Disclosure
            key={group.kind}
            id={`verify-${group.kind}`}
            title={group.title}
            meta={`${members.length} 个 · 待核实 ${waiting} 项`}
          >
            {members.map((subject) => {
              const key = `${subject.kind}:${subject.id}`
              const count = unverifiedCount(subject, facts)
              const expanded = open === key
              return (
                <View key={key} className='verify-list__subject'>
                  <Button
                    className='verify-list__subject-button'
                    fill='outline'
                    block
                    aria-expanded={expanded}
                    onClick={() => setOpen(expanded ? null : key)}
                  >
                    {`${subject.name} · ${count > 0 ? `待核实 ${count} 项` : '无待核实'}`}
                  </Button>
                  {expanded ? (
                    <View className='verify-list__fields' role='list' aria-label={`${subject.name}可核实的项`}>
                      {fieldsOf(subject.kind).map(([field, definition]) => {
                        const text = fieldStateText(fieldState(subject, field, facts))
                        return (
                          <Button
                            key={field}
                            className='verify-list__field'
                            fill='none'
                            block
                            aria-label={`核实${subject.name}的${definition.label}（${text}）`}
                            onClick={() => openVerify({ kind: subject.kind, id: subject.id, field })}
                          >
                            {`${definition.label} — ${text}`}
                          </Button>
                        )
                      })}
                    </View>
                  ) : null}
                </View>
              )
            })}
          </Disclosure>
        )
      })}
    </View>
  )
}
