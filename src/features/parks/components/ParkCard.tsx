// One park or green space: kind, summary, highlights, activities, hours and facility status.
import { View, Text } from '@tarojs/components'
import type { Park } from '../../../domain/content-schema'
import { FACILITY_KEYS, FACILITY_LABELS, countUnverifiedFacilities } from '../../../domain/facilities'
import { LabelTag } from '../../../components/label-tag/LabelTag'
import { SourceNote } from '../../../components/source-note/SourceNote'
import { Unverified } from '../../../components/unverified/Unverified'
import { headingProps } from '../../../components/a11y/aria-props'
import './park-card.scss'

export function ParkCard({ park }: { park: Park }) {
  const unverified = countUnverifiedFacilities(park)
  return (
    <View className='park-card' aria-label={park.name}>
      <View className='park-card__head'>
        <Text className='park-card__name' {...headingProps(2)}>
          {park.name}
        </Text>
        <LabelTag>{park.kind}</LabelTag>
      </View>
      <Text className='park-card__summary'>{park.summary}</Text>
      {park.highlights.length > 0 && <Text className='park-card__line'>看点：{park.highlights.join('、')}</Text>}
      {park.activities.length > 0 && <Text className='park-card__line'>适合：{park.activities.join('、')}</Text>}
      <Text className='park-card__line'>
        开放时间：
        <Unverified label='以现场公示为准' />
      </Text>
      <Text className='park-card__line'>
        设施：
        {unverified === FACILITY_KEYS.length ? (
          <Unverified />
        ) : (
          FACILITY_KEYS.filter((k) => park.facilities[k] === 'present')
            .map((k) => FACILITY_LABELS[k])
            .join('、')
        )}
        {unverified > 0 && unverified < FACILITY_KEYS.length ? `（另有 ${unverified} 项待核实）` : ''}
      </Text>
      <SourceNote doc={park.sources[0].doc} />
    </View>
  )
}
