// 已核实 · 月湾湖社区 · 2026-12-01 beside a verified value (待复核 past its re-check date); tapping it shows how it was
// checked, by whom, when and when next. An inline panel, not NutUI's Popup/Dialog: the 月湾湖 tab shows it too, and the
// weapp main package has no room for a dialog (~33 KB; see PrivacyDialog).
import { useState } from 'react'
import { View, Text, Image } from '@tarojs/components'
import { chinaDay, formatChinaTime } from '@/domain/china-time'
import type { VerifiedFact } from '@/domain/verified-facts'
import { VERIFY_METHOD_LABELS } from '@/domain/verified-fields'
import { expandButtonProps } from '@/components/a11y/aria-props'
import './verified-mark.scss'

export function VerifiedMark({ fact }: { fact: VerifiedFact }) {
  const [open, setOpen] = useState(false)
  const panelId = `verified-${fact.id}`
  const { worker, community } = fact.verifiedBy
  const { noticeTitle, photoUrl } = fact.evidence
  return (
    <View className='verified-mark'>
      <View className='verified-mark__row'>
        <View
          className='verified-mark__tag'
          {...expandButtonProps(open, panelId)}
          aria-label={`已核实 · ${community.name} · ${chinaDay(fact.verifiedAt)}，点按查看核实方式`}
          onClick={() => setOpen(!open)}
        >
          <Text>{`已核实 · ${community.name} · ${chinaDay(fact.verifiedAt)}`}</Text>
        </View>
        {fact.stale ? <Text className='verified-mark__stale'>待复核</Text> : null}
      </View>
      {open ? (
        <View className='verified-mark__how' id={panelId}>
          <Text>{`核实方式：${VERIFY_METHOD_LABELS[fact.method]}${noticeTitle ? `（${noticeTitle}）` : ''}`}</Text>
          <Text>{`核实人：${worker.name}（${community.name}）`}</Text>
          <Text>{`核实时间：${formatChinaTime(fact.verifiedAt)}`}</Text>
          <Text>{`下次复核：${fact.recheckBy}${fact.stale ? '（已过期，待复核，请以现场为准）' : ''}`}</Text>
          {photoUrl ? (
            <Image
              className='verified-mark__photo'
              src={photoUrl}
              mode='widthFix'
              aria-label='公示照片'
              nativeProps={{ alt: '公示照片' }}
            />
          ) : null}
          <View className='verified-mark__close' {...expandButtonProps(true, panelId)} onClick={() => setOpen(false)}>
            <Text>收起</Text>
          </View>
        </View>
      ) : null}
    </View>
  )
}
