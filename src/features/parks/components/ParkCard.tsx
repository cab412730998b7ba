// One park or green space in the list: kind, summary, open status and facility status (none for a 规划区, which is
// a planning goal, not a place); tap to plan a visit.
import { View, Text } from '@tarojs/components'
import type { Park } from '@/domain/content-schema'
import { FACILITY_KEYS, FACILITY_LABELS, countUnverifiedFacilities } from '@/domain/facilities'
import { LabelTag } from '@/components/label-tag/LabelTag'
import { SourceNote } from '@/components/source-note/SourceNote'
import { Unverified } from '@/components/unverified/Unverified'
import { headingProps, linkProps } from '@/components/a11y/aria-props'
import { openPark } from '@/features/parks/navigation'
import { OpenStatusLine } from './OpenStatusLine'
import './park-card.scss'

export function ParkCard({ park, now }: { park: Park; now: Date }) {
  const unverified = countUnverifiedFacilities(park)
  const present = FACILITY_KEYS.filter((k) => park.facilities[k] === 'present').map((k) => FACILITY_LABELS[k])
  return (
    <View className='park-card' {...linkProps()} onClick={() => openPark(park.id)}>
      <View className='park-card__head'>
        <Text className='park-card__name' {...headingProps(2)}>
          {park.name}
        </Text>
        <LabelTag>{park.kind}</LabelTag>
      </View>
      <Text className='park-card__summary'>{park.summary}</Text>
      {park.kind === '规划区' ? (
        <Text className='park-card__line'>规划建设目标，不是游览地点。</Text>
      ) : (
        <>
          <OpenStatusLine park={park} now={now} />
          <Text className='park-card__line'>
            设施：{present.length > 0 ? present.join('、') : ''}
            {unverified === FACILITY_KEYS.length ? (
              <Unverified />
            ) : unverified > 0 ? (
              `（另有 ${unverified} 项待核实）`
            ) : (
              ''
            )}
          </Text>
        </>
      )}
      <SourceNote doc={park.sources[0].doc} />
    </View>
  )
}
