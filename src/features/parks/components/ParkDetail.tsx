// Plan a visit: a park's status and hours, address (导航 once a worker verified a map point), what to see this season
// (一般规律), facilities (each 已核实 or 待核实, with 信息有误 / 我来补充), the district's other parks, sources, share and
// 读给我听.
// Open-now reads verified hours only; a planning zone (规划区) is not a place to visit and shows none of it.
import { View, Text } from '@tarojs/components'
import { Button, CellGroup, Cell } from '@nutui/nutui-react-taro'
import type { Park, SeasonTip } from '@/domain/content-schema'
import { FACILITY_KEYS, FACILITY_LABELS } from '@/domain/facilities'
import { shownValueText, type MergedPark } from '@/domain/verified-merge'
import { companions, monthsFor, tipsForMonth } from '@/domain/parks'
import { headingProps } from '@/components/a11y/aria-props'
import { LabelTag } from '@/components/label-tag/LabelTag'
import { ShareButton } from '@/components/share-button/ShareButton'
import { ReadAloud } from '@/components/read-aloud/ReadAloud'
import { parkReading } from '@/domain/read-aloud-text'
import { describeHours } from '@/domain/opening-hours-text'
import { VerifiedField } from '@/components/verified-field/VerifiedField'
import { SourceQuotes } from '@/components/source-quotes/SourceQuotes'
import { openPark } from '@/features/parks/navigation'
import { OpenStatusLine } from './OpenStatusLine'
import './park-detail.scss'

interface ParkDetailProps {
  /** The park with its verified fields (mergePark). */
  merged: MergedPark
  /** 更新于 … when the verified values are the device's kept copy. */
  factsNote?: string | null
  parks: Park[]
  tips: SeasonTip[]
  now: Date
}

export function ParkDetail({ merged, factsNote, parks, tips, now }: ParkDetailProps) {
  const park = merged.park
  const seasonal = tipsForMonth(tips, now.getMonth() + 1).filter((t) => t.parkIds.includes(park.id))
  const months = monthsFor(park, tips)
  const others = companions(park, parks)
  const seasonLines = [
    ...(seasonal.length > 0
      ? seasonal.map((t) => `${t.title}（${t.basis}）：${t.note}`)
      : [months.length > 0 ? `按一般规律，${months.join('、')}月前来较为适宜。` : '暂无季节推荐。']),
    park.highlights.length > 0 ? `看点：${park.highlights.join('；')}` : '',
  ]
  return (
    <View className='park-detail'>
      <View className='park-detail__head'>
        <Text className='park-detail__name' {...headingProps(2)}>
          {park.name}
        </Text>
        <LabelTag>{park.kind}</LabelTag>
      </View>
      <Text className='park-detail__summary'>{park.summary}</Text>
      <ReadAloud text={parkReading(merged, ['这个季节', ...seasonLines])} />
      {park.kind === '规划区' ? (
        <Text className='park-detail__text'>这是规划建设目标，不是一处可以前往游览的地方。</Text>
      ) : (
        <>
          <OpenStatusLine park={park} now={now} />
          {factsNote ? <Text className='park-detail__text'>{factsNote}</Text> : null}
          <CellGroup title='开放与位置' className='park-detail__fields'>
            <Cell
              title={merged.hours.label}
              extra={
                <VerifiedField
                  field={merged.hours}
                  name={park.name}
                  unknownLabel='以现场公示为准'
                  describe={(v) => (v.kind === 'opening-hours' ? describeHours(v.hours) : shownValueText(v))}
                />
              }
            />
            <Cell title={merged.address.label} extra={<VerifiedField field={merged.address} name={park.name} />} />
          </CellGroup>
        </>
      )}
      <View className='park-detail__section'>
        <Text className='park-detail__subheading' {...headingProps(3)}>
          这个季节
        </Text>
        {seasonLines.filter(Boolean).map((line) => (
          <Text key={line} className='park-detail__text'>
            {line}
          </Text>
        ))}
      </View>
      {park.kind !== '规划区' && (
        <CellGroup title='设施' className='park-detail__fields'>
          {FACILITY_KEYS.map((key) => (
            <Cell
              key={key}
              title={FACILITY_LABELS[key]}
              extra={<VerifiedField field={merged.facilities[key]} name={park.name} />}
            />
          ))}
        </CellGroup>
      )}
      {others.length > 0 && (
        <View className='park-detail__section'>
          <Text className='park-detail__subheading' {...headingProps(3)}>
            西城区的其他公园
          </Text>
          <View className='park-detail__nearby'>
            {others.map((p) => (
              <Button key={p.id} fill='outline' onClick={() => openPark(p.id)}>
                {p.name}
              </Button>
            ))}
          </View>
        </View>
      )}
      <View className='park-detail__share'>
        <ShareButton title={`${park.name} · 西城区公园`} />
      </View>
      <View className='park-detail__section'>
        <SourceQuotes sources={park.sources} />
      </View>
    </View>
  )
}
