// The 居委会's verified contacts on the 民生 and 月湾湖 tabs, compact: address and 办公时间 as text, the phone with 拨打,
// and one line 已核实 · 月湾湖社区 · <date> (待复核 when one is past its re-check date) that opens 居委会联系方式, where
// each row shows how it was checked, 导航 and 信息有误. Nothing until one is verified. Reads the kept copy at once and
// refreshes it in the background, so it costs the tab no wait; the full rows stay out of the weapp main package.
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { linkProps } from '@/components/a11y/aria-props'
import { useVerifiedFacts } from '@/components/verified-facts/use-verified-facts'
import { chinaDay } from '@/domain/china-time'
import { dialableNumber, indexFacts, verifiedCommunityContacts, shownValueText } from '@/domain/verified-merge'
import { APP_COMMUNITY_ID } from '@/services/verified-facts'
import { callNumber } from '@/services/phone'
import { openContacts } from '@/features/community/navigation'
import './community-contacts.scss'

export function CommunityContacts({ communityId = APP_COMMUNITY_ID }: { communityId?: string }) {
  const contacts = verifiedCommunityContacts(communityId, indexFacts(useVerifiedFacts(), new Date()))
  if (!contacts) return null
  const { fields, oldest, stale } = contacts
  const mark = `已核实 · ${oldest.verifiedBy.community.name} · ${chinaDay(oldest.verifiedAt)}`
  return (
    <CellGroup title='居委会联系方式' className='community-contacts'>
      {fields.map((field) => {
        const number = dialableNumber(field)
        return (
          <Cell
            key={field.subject.field}
            title={field.label}
            extra={
              <View className='community-contacts__value'>
                <Text>{field.value ? shownValueText(field.value) : ''}</Text>
                {number ? (
                  <Button type='primary' aria-label={`拨打 ${number}`} onClick={() => callNumber(number)}>
                    拨打
                  </Button>
                ) : null}
              </View>
            }
          />
        )
      })}
      <View className='community-contacts__mark' {...linkProps()} onClick={openContacts}>
        <Text>{mark}</Text>
        {stale ? <Text className='community-contacts__stale'>待复核</Text> : null}
        <Text className='community-contacts__more'>
          核实方式
          <Text aria-hidden> ›</Text>
        </Text>
      </View>
    </CellGroup>
  )
}
