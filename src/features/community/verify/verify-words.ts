// What the verify form says: a value in words (for the confirmation and the history), and what 发布 will do.
import type { OpeningHours } from '@/domain/open-status'
import { describeHours } from '@/domain/opening-hours-text'
import type { FactValueKind } from '@/domain/verified-facts'
import type { Confirmation } from '@/features/community/desk/ConfirmDialog'

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
      return describeHours(value as OpeningHours, '；')
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
