// 居委会联系方式 in full, opened from the contacts card on the 民生 and 月湾湖 tabs: each verified contact with 已核实
// (tap for how it was checked, by whom, when and when next), 待复核 past its re-check date, 拨打, 导航 to a verified
// address with a map point (weapp), and 信息有误 to tell the workers; the kept copy says so when offline.
import { View, Text } from '@tarojs/components'
import { CellGroup, Cell } from '@nutui/nutui-react-taro'
import { AsyncView } from '@/components/async-view/AsyncView'
import { useAsync } from '@/components/async-view/use-async'
import { StateMessage } from '@/components/state-message/StateMessage'
import { VerifiedField } from '@/components/verified-field/VerifiedField'
import { indexFacts, verifiedCommunityContacts } from '@/domain/verified-merge'
import { loadCommunity } from '@/services/content/community'
import { APP_COMMUNITY_ID, keptCopyNote, loadVerifiedFacts } from '@/services/verified-facts'
import '@/features/community/overview/community-contacts.scss'

const loadAll = () => Promise.all([loadCommunity(), loadVerifiedFacts()])

export function ContactsScreen() {
  const { state, retry } = useAsync(loadAll)
  return (
    <AsyncView state={state} onRetry={retry} isEmpty={() => false} emptyText=''>
      {([communities, verified]) => {
        const name = communities.find((c) => c.id === APP_COMMUNITY_ID)?.name ?? '月湾湖社区'
        const contacts = verifiedCommunityContacts(APP_COMMUNITY_ID, indexFacts(verified.facts, new Date()))
        const note = keptCopyNote(verified)
        if (!contacts) {
          return verified.offline ? (
            <StateMessage
              kind='error'
              title='暂时连不上'
              description={`${verified.offline}，请稍后重试`}
              action={{ text: '重新加载', onClick: retry }}
            />
          ) : (
            <StateMessage kind='empty' description='居委会的地址、办公时间和电话还没有核实，核实后会显示在这里' />
          )
        }
        return (
          <View>
            {note ? <Text className='community-contacts__note'>{note}</Text> : null}
            <CellGroup title={`${name}居委会`} className='community-contacts'>
              {contacts.fields.map((field) => (
                <Cell
                  key={field.subject.field}
                  title={field.label}
                  extra={<VerifiedField field={field} name={name} />}
                />
              ))}
            </CellGroup>
          </View>
        )
      }}
    </AsyncView>
  )
}
