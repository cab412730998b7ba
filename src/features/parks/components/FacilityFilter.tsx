// Facility chips (several may be chosen) and a line saying how many parks match and how many are unverified.
import { View, Text } from '@tarojs/components'
import { ChoiceChips, type ChoiceOption } from '@/components/choice-chips/ChoiceChips'
import { FACILITY_KEYS, FACILITY_LABELS, type FacilityKey } from '@/domain/facilities'
import type { FacilityFilterResult } from '@/domain/parks'
import './facility-filter.scss'

const OPTIONS: ChoiceOption<FacilityKey>[] = FACILITY_KEYS.map((key) => ({ value: key, label: FACILITY_LABELS[key] }))

interface FacilityFilterProps {
  chosen: FacilityKey[]
  result: FacilityFilterResult
  onToggle: (key: FacilityKey) => void
}

export function FacilityFilter({ chosen, result, onToggle }: FacilityFilterProps) {
  return (
    <View className='facility-filter'>
      <ChoiceChips label='按设施筛选' options={OPTIONS} isSelected={(k) => chosen.includes(k)} onPick={onToggle} />
      {chosen.length > 0 && (
        <Text className='facility-filter__summary' aria-live='polite'>
          确认有所选设施：{result.matches.length} 处；设施待核实：{result.unverified.length} 处（以现场为准）
        </Text>
      )}
    </View>
  )
}
