// A guide card: what it is, who, where, when, materials, steps, time limit, fee, online, phone — unknown fields say
// 待核实 with a pointer to 12345 — plus favourite, share, sources and the date it was last checked.
import { View, Text } from '@tarojs/components'
import { Button, CellGroup, Cell } from '@nutui/nutui-react-taro'
import type { GuideCard } from '@/domain/content-schema'
import { headingProps } from '@/components/a11y/aria-props'
import { Unverified } from '@/components/unverified/Unverified'
import { SourceQuotes } from '@/components/source-quotes/SourceQuotes'
import { ShareButton } from '@/components/share-button/ShareButton'
import './guide-detail.scss'

type Row = { label: string; value: string | string[] | null }

function rowsOf(guide: GuideCard): Row[] {
  return [
    { label: '办理对象', value: guide.whoCanApply },
    { label: '办理地点', value: guide.where },
    { label: '办理时间', value: guide.hours },
    { label: '所需材料', value: guide.materials },
    { label: '办理步骤', value: guide.steps },
    { label: '办理时限', value: guide.timeLimit },
    { label: '费用', value: guide.fee },
    { label: '网上办理', value: guide.online },
    { label: '咨询电话', value: guide.phone },
  ]
}

function RowValue({ value }: { value: Row['value'] }) {
  if (value === null) return <Unverified />
  if (Array.isArray(value)) return <Text>{value.map((v, i) => `${i + 1}. ${v}`).join('\n')}</Text>
  return <Text>{value}</Text>
}

interface GuideDetailProps {
  guide: GuideCard
  categoryName: string | null
  isFavourite: boolean
  onToggleFavourite: () => void
}

export function GuideDetail({ guide, categoryName, isFavourite, onToggleFavourite }: GuideDetailProps) {
  const rows = rowsOf(guide)
  const unknown = rows.filter((r) => r.value === null).length
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
      <CellGroup title='办事指南'>
        {rows.map((row) => (
          <Cell
            key={row.label}
            title={<Text className='guide-detail__label'>{row.label}</Text>}
            extra={<RowValue value={row.value} />}
          />
        ))}
      </CellGroup>
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
