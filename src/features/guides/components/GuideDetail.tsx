// A guide card: what it is, who, where, when, materials, steps, time limit, fee, online, phone — each from the sources
// or verified by the community (已核实, tap for how), unknown ones 待核实 with a pointer to 12345, each with 信息有误 or
// 我来补充 — plus favourite, share, 读给我听, sources and the date it was last checked.
import { View, Text } from '@tarojs/components'
import { Button, CellGroup, Cell } from '@nutui/nutui-react-taro'
import type { GuideCard } from '@/domain/content-schema'
import { headingProps } from '@/components/a11y/aria-props'
import type { MergedField } from '@/domain/verified-merge'
import { VerifiedField } from '@/components/verified-field/VerifiedField'
import { SourceQuotes } from '@/components/source-quotes/SourceQuotes'
import { ShareButton } from '@/components/share-button/ShareButton'
import { ReadAloud } from '@/components/read-aloud/ReadAloud'
import { guideReading } from '@/domain/read-aloud-text'
import './guide-detail.scss'

/** The card's rows in reading order, with the card's own wording of each field. */
const ROWS = [
  ['whoCanApply', '办理对象'],
  ['where', '办理地点'],
  ['hours', '办理时间'],
  ['materials', '所需材料'],
  ['steps', '办理步骤'],
  ['timeLimit', '办理时限'],
  ['fee', '费用'],
  ['online', '网上办理'],
  ['phone', '咨询电话'],
] as const

interface GuideDetailProps {
  guide: GuideCard
  /** The guide's fields merged with the verified facts (mergeGuide). */
  fields: MergedField[]
  /** 更新于 … when the verified values are the device's kept copy. */
  factsNote?: string | null
  categoryName: string | null
  isFavourite: boolean
  onToggleFavourite: () => void
}

export function GuideDetail({
  guide,
  fields,
  factsNote,
  categoryName,
  isFavourite,
  onToggleFavourite,
}: GuideDetailProps) {
  const rows = ROWS.flatMap(([key, label]) => {
    const field = fields.find((f) => f.subject.field === key)
    return field ? [{ label, field }] : []
  })
  const unknown = rows.filter((r) => r.field.value === null).length
  return (
    <View className='guide-detail'>
      <Text className='guide-detail__title' {...headingProps(2)}>
        {guide.name}
      </Text>
      {categoryName && <Text className='guide-detail__category'>{categoryName}</Text>}
      <Text className='guide-detail__what'>{guide.what}</Text>
      <View className='guide-detail__actions'>
        <Button
          type={isFavourite ? 'primary' : 'default'}
          fill={isFavourite ? 'solid' : 'outline'}
          aria-pressed={isFavourite}
          onClick={onToggleFavourite}
        >
          {isFavourite ? '★ 已收藏' : '☆ 收藏'}
        </Button>
        <ShareButton title={guide.name} />
      </View>
      <ReadAloud text={guideReading(guide, rows)} />
      <CellGroup title='办事指南'>
        {rows.map((row) => (
          <Cell
            key={row.label}
            title={<Text className='guide-detail__label'>{row.label}</Text>}
            extra={<VerifiedField field={row.field} name={guide.name} />}
          />
        ))}
      </CellGroup>
      {factsNote ? <Text className='guide-detail__verified'>{factsNote}</Text> : null}
      {unknown > 0 && (
        <Text className='guide-detail__hint'>
          标注“待核实”的 {unknown} 项在公开资料中没有写明，请拨打 12345 政务服务便民热线咨询，或以现场公示为准。
        </Text>
      )}
      <View className='guide-detail__sources'>
        <SourceQuotes sources={guide.sources} />
        <Text className='guide-detail__verified'>最近核对：{guide.lastVerified}</Text>
      </View>
    </View>
  )
}
