// Shows a fact the sources do not give: "待核实" (or another wording) instead of a guess.
import { Text } from '@tarojs/components'
import './unverified.scss'

export function Unverified({ label = '待核实' }: { label?: '待核实' | '以现场公示为准' }) {
  return <Text className='unverified'>{label}</Text>
}
