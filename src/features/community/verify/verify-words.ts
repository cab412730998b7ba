// What the verify form says: a value in words (for the confirmation and the history), and what 发布 will do.
import type { z } from 'zod'
import type { openingHoursSchema } from '@/domain/opening-hours-schema'
import type { FactValueKind } from '@/domain/verified-facts'
import { WEEKDAY_LABELS } from '@/domain/verify-draft'
import type { Confirmation } from '@/features/community/desk/ConfirmDialog'

type Hours = z.output<typeof openingHoursSchema>

function hoursText(hours: Hours): string {
  if (hours.kind === 'always') return '全天开放'
  if (hours.kind !== 'scheduled') return '未知'
  const seasons = hours.seasons.map(
    (s) => `${s.from} 至 ${s.to} 每天 ${s.ranges.map((r) => `${r.open}–${r.close}`).join('、')}`,
  )
  const closures = hours.closures.map((c) =>
    'weekday' in c ? `每${WEEKDAY_LABELS[c.weekday]}闭园（${c.reason}）` : `${c.date} 闭园（${c.reason}）`,
  )
  return [...seasons, ...closures].join('；')
}

/** A value as a resident would read it; 确认未知 for null. */
export function valueText(kind: FactValueKind, value: unknown): string {
  if (value === null || value === undefined) return '确认未知'
  switch (kind) {
    case 'list':
      return Array.isArray(value) ? value.map((row, i) => `${i + 1}. ${String(row)}`).join(' ') : ''
    case 'address': {
      const { text, point } = value as { text: string; point: unknown }
      return point ? `${text}（已选地图位置）` : text
    }
    case 'opening-hours':
      return hoursText(value as Hours)
    case 'facility':
      return value === 'present' ? '有' : '没有'
    default:
      return String(value)
  }
}

export function publishFactConfirmation(
  what: string,
  kind: FactValueKind,
  value: unknown,
  onConfirm: () => void,
): Confirmation {
  const shown = value === null ? '将标记为「确认未知」' : `新的内容：${valueText(kind, value)}`
  return {
    title: '发布核实结果',
    message: `发布后居民会看到「${what}」标为已核实，${shown}。`,
    confirmText: '确认发布',
    onConfirm,
  }
}
