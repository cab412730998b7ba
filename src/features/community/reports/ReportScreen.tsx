// 小事快办: a resident reports a small problem (ReportForm, sent through the outbox: 待发送 offline, sent exactly once
// later) and follows 我的报告 (page by page) with the status timeline 已提交 → 已受理 → 处理中 → 已办结 and the worker's reply. A
// signed-in worker sees every report and moves its status on with a reply. A resident deletes a report of theirs, or
// all their data.
import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { headingProps } from '@/components/a11y/aria-props'
import { useRefreshOnPull } from '@/components/pull-refresh/refresh-hub'
import type { OutboxEntry } from '@/domain/outbox'
import { EMPTY_REPORT_DRAFT, type ReportDraft } from '@/domain/report-draft'
import { fetchReports } from '@/services/community/community-api'
import { reportDrafts } from '@/services/community/report-drafts'
import { reportOutbox } from '@/services/community/report-outbox'
import { onResidentDataDeleted } from '@/services/community/my-data'
import { ConfirmDialog } from '@/features/community/desk/ConfirmDialog'
import { DeleteAllData } from '@/features/community/privacy/DeleteAllData'
import { useReportOutbox } from './use-report-outbox'
import { usePagedList } from '@/features/community/paging/use-paged-list'
import { PagedListEnd } from '@/features/community/paging/ListEnd'
import { PendingReports } from './PendingReports'
import { ReportForm } from './ReportForm'
import { ReportItem } from './ReportItem'
import { noteServerTime, usePhotoRefresh } from './use-photo-refresh'
import { useReportDeletion } from './use-report-deletion'
import './report-screen.scss'

/** A page of reports as the paged list takes it. */
const reportPage = (cursor: string | null) =>
  fetchReports(cursor).then((page) => {
    noteServerTime(page.serverTime)
    return { items: page.reports, nextCursor: page.nextCursor }
  })

/** `worker`: a signed-in worker reads every report of the community and moves them on; else a resident's own. */
export function ReportScreen({ worker }: { worker: boolean }) {
  /** Bumped to remount the form with a draft put back from a failed entry. */
  const [formKey, setFormKey] = useState(0)
  const list = usePagedList(reportPage)
  const { items: reports, reload: load } = list
  useRefreshOnPull(load)
  // Only a failed first page is an error of the whole list; a failed next page says so at the list's end.
  const error = list.failed === 'first' ? list.error : ''
  const outbox = useReportOutbox(load)
  const deletion = useReportDeletion(load)
  const photoFailed = usePhotoRefresh(reports, load)
  // 删除我的全部数据 here or on the 隐私政策 page: the list (and the form's draft) start again empty.
  useEffect(
    () =>
      onResidentDataDeleted(() => {
        void load()
        setFormKey((k) => k + 1)
      }),
    [load],
  )

  const edit = (entry: OutboxEntry) => {
    reportDrafts.save({ ...EMPTY_REPORT_DRAFT, ...(entry.payload as Partial<ReportDraft>) })
    reportOutbox.remove(entry.key)
    setFormKey((k) => k + 1)
  }

  return (
    <View className='report'>
      {worker ? null : <ReportForm key={formKey} />}
      <View className='report__card'>
        <Text className='report__heading' {...headingProps(2)}>
          {worker ? '本社区的报告' : '我的报告'}
        </Text>
        <PendingReports
          entries={outbox.entries}
          unsaved={outbox.unsaved}
          onEdit={edit}
          onRemove={(entry) => reportOutbox.remove(entry.key)}
        />
        {error ? (
          <View className='report__failed' {...{ role: 'alert' }}>
            <Text className='report__error'>{`加载失败：${error}`}</Text>
            <Button fill='outline' onClick={load}>
              重新加载
            </Button>
          </View>
        ) : null}
        {reports === null && !error ? <Text className='report__hint'>加载中…</Text> : null}
        {reports && reports.length === 0 && outbox.entries.length === 0 ? (
          <Text className='report__hint'>{worker ? '暂无居民报告' : '还没有报告过问题'}</Text>
        ) : null}
        {deletion.outcome ? (
          <Text
            className={deletion.outcome.ok ? 'report__message' : 'report__error'}
            {...{ role: deletion.outcome.ok ? 'status' : 'alert' }}
          >
            {deletion.outcome.message}
          </Text>
        ) : null}
        {(reports ?? []).map((r) => (
          <ReportItem
            key={r.id}
            report={r}
            worker={worker}
            onChanged={load}
            onDelete={worker ? undefined : () => deletion.ask(r)}
            deleting={deletion.busyId === r.id}
            onPhotoError={photoFailed}
          />
        ))}
        <PagedListEnd what='报告' list={list} />
      </View>
      {worker ? null : (
        <View className='report__card'>
          <DeleteAllData />
        </View>
      )}
      {deletion.confirmation ? <ConfirmDialog confirmation={deletion.confirmation} onClose={deletion.close} /> : null}
    </View>
  )
}
