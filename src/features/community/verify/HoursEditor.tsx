// Opening hours (openingHoursSchema): 全天开放, or 按时段 — seasons (from–to as MM-DD) with daily open–close ranges, and
// closures on a weekday or a date, each with its reason; every part's message under it.
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { ChoiceChips } from '@/components/choice-chips/ChoiceChips'
import { FieldMessage } from '@/components/field-message/FieldMessage'
import type { FieldErrors } from '@/domain/validation'
import { WEEKDAY_LABELS } from '@/domain/opening-hours-text'
import { emptySeason, type ClosureDraft, type HoursDraft, type HoursSeasonDraft } from '@/domain/verify-draft'

interface HoursEditorProps {
  value: HoursDraft
  errors: FieldErrors
  onChange: (value: HoursDraft) => void
}

const MODES = [
  { value: 'always' as const, label: '全天开放' },
  { value: 'scheduled' as const, label: '按时段' },
]

function Field(props: {
  label: string
  value: string
  placeholder: string
  error?: string
  onChange: (v: string) => void
}) {
  return (
    <View className='verify-form__cell'>
      <Input
        className='verify-form__input'
        value={props.value}
        placeholder={props.placeholder}
        aria-label={props.label}
        onChange={props.onChange}
      />
      <FieldMessage message={props.error} />
    </View>
  )
}

export function HoursEditor({ value, errors, onChange }: HoursEditorProps) {
  const setSeason = (i: number, season: HoursSeasonDraft) =>
    onChange({ ...value, seasons: value.seasons.map((s, j) => (j === i ? season : s)) })
  const setClosure = (i: number, closure: ClosureDraft) =>
    onChange({ ...value, closures: value.closures.map((c, j) => (j === i ? closure : c)) })
  return (
    <View className='verify-form__hours'>
      <ChoiceChips
        label='开放方式'
        wrap
        options={MODES}
        isSelected={(m) => m === value.mode}
        onPick={(mode) => onChange({ ...value, mode })}
      />
      {value.mode === 'scheduled' ? (
        <>
          {value.seasons.map((season, i) => {
            const at = `value.seasons.${i}`
            const name = `第 ${i + 1} 段时期`
            return (
              <View key={i} className='verify-form__group'>
                <Text className='verify-form__label'>{`${name}（日期如 04-01，时间如 06:00）`}</Text>
                <View className='verify-form__row'>
                  <Field
                    label={`${name}从（月-日）`}
                    value={season.from}
                    placeholder='01-01'
                    error={errors[`${at}.from`]}
                    onChange={(from) => setSeason(i, { ...season, from })}
                  />
                  <Text>至</Text>
                  <Field
                    label={`${name}到（月-日）`}
                    value={season.to}
                    placeholder='12-31'
                    error={errors[`${at}.to`]}
                    onChange={(to) => setSeason(i, { ...season, to })}
                  />
                </View>
                {season.ranges.map((range, k) => {
                  const setRange = (next: { open: string; close: string }) =>
                    setSeason(i, { ...season, ranges: season.ranges.map((r, m) => (m === k ? next : r)) })
                  return (
                    <View key={k} className='verify-form__row'>
                      <Field
                        label={`${name}每天开门时间`}
                        value={range.open}
                        placeholder='06:00'
                        error={errors[`${at}.ranges.${k}.open`]}
                        onChange={(open) => setRange({ ...range, open })}
                      />
                      <Text>–</Text>
                      <Field
                        label={`${name}每天关门时间`}
                        value={range.close}
                        placeholder='22:00'
                        error={errors[`${at}.ranges.${k}.close`]}
                        onChange={(close) => setRange({ ...range, close })}
                      />
                      {season.ranges.length > 1 ? (
                        <Button
                          fill='outline'
                          onClick={() => setSeason(i, { ...season, ranges: season.ranges.filter((_, m) => m !== k) })}
                        >
                          删除这个时段
                        </Button>
                      ) : null}
                    </View>
                  )
                })}
                <View className='verify-form__row'>
                  <Button
                    fill='outline'
                    onClick={() => setSeason(i, { ...season, ranges: [...season.ranges, { open: '', close: '' }] })}
                  >
                    添加时段
                  </Button>
                  {value.seasons.length > 1 ? (
                    <Button
                      fill='outline'
                      onClick={() => onChange({ ...value, seasons: value.seasons.filter((_, j) => j !== i) })}
                    >
                      {`删除${name}`}
                    </Button>
                  ) : null}
                </View>
              </View>
            )
          })}
          <FieldMessage message={errors['value.seasons']} />
          <Button fill='outline' onClick={() => onChange({ ...value, seasons: [...value.seasons, emptySeason()] })}>
            添加时期（如夏季、冬季不同）
          </Button>
          {value.closures.map((closure, i) => {
            const at = `value.closures.${i}`
            const name = `第 ${i + 1} 项闭园`
            return (
              <View key={i} className='verify-form__group'>
                <Text className='verify-form__label'>{name}</Text>
                <ChoiceChips
                  label={`${name}：按星期或按日期`}
                  wrap
                  options={[
                    { value: 'weekday' as const, label: '每周某天' },
                    { value: 'date' as const, label: '某一天' },
                  ]}
                  isSelected={(by) => by === closure.by}
                  onPick={(by) => setClosure(i, { ...closure, by })}
                />
                {closure.by === 'weekday' ? (
                  <ChoiceChips
                    label={`${name}：星期几`}
                    wrap
                    options={WEEKDAY_LABELS.map((label, weekday) => ({ value: weekday, label }))}
                    isSelected={(d) => d === closure.weekday}
                    onPick={(weekday) => setClosure(i, { ...closure, weekday })}
                  />
                ) : (
                  <Field
                    label={`${name}日期`}
                    value={closure.date}
                    placeholder='2027-01-01'
                    error={errors[`${at}.date`] ?? errors[at]}
                    onChange={(date) => setClosure(i, { ...closure, date })}
                  />
                )}
                <Field
                  label={`${name}原因`}
                  value={closure.reason}
                  placeholder='例如：设施维护'
                  error={errors[`${at}.reason`]}
                  onChange={(reason) => setClosure(i, { ...closure, reason })}
                />
                <Button
                  fill='outline'
                  onClick={() => onChange({ ...value, closures: value.closures.filter((_, j) => j !== i) })}
                >
                  {`删除${name}`}
                </Button>
              </View>
            )
          })}
          <Button
            fill='outline'
            onClick={() =>
              onChange({ ...value, closures: [...value.closures, { by: 'weekday', weekday: 1, date: '', reason: '' }] })
            }
          >
            添加闭园日
          </Button>
        </>
      ) : null}
    </View>
  )
}
