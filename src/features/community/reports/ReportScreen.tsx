// 小事快办: a resident reports a small problem (ReportForm, sent through the outbox: 未联网，联网后自动提交 offline, sent
// exactly once later, then 已提交 with its number) and follows 我的报告 (page by page) with the status timeline 已提交 → 已受理 → 处理中 → 已办结 and the worker's reply. A
// signed-in worker sees every report and moves its status on with a reply. A resident deletes a report of theirs, or
// all their data.
import { useCallback, useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { headingProps } from '@/components/a11y/aria-props'
import { useRefreshOnPull } from '@/components/pull-refresh/refresh-hub'
import type { OutboxEntry } from '@/domain/outbox'
import type { ReportCreate } from '@/domain/report'
import { EMPTY_REPORT_DRAFT, type ReportDraft } from '@/domain/report-draft'
import { offlineAsOf } from '@/domain/report-messages'
import { fetchReports } from '@/services/community/community-api'
import { saveMyReportsPage, savedMyReportsFor } from '@/services/community/my-reports'
import { reportDrafts } from '@/services/community/report-drafts'
import { reportOutbox, submitReport } from '@/services/community/report-outbox'
import { onResidentDataDeleted } from '@/services/community/my-data'
import { ConfirmDialog } from '@/features/community/desk/ConfirmDialog'
import { DeleteAllData } from '@/features/community/privacy/DeleteAllData'
import { useReportOutbox } from './use-report-outbox'
import { usePagedList } from '@/features/community/paging/use-paged-list'
import { PagedListEnd } from '@/features/community/paging/ListEnd'
import { PendingReports } from './PendingReports'
import { ReportConfirmation } from './ReportConfirmation'
import { PROGRESS_ELSEWHERE } from './ProgressSubscribe'
import { WebOnlyHint } from '@/features/community/messages/SubscribeButton'
import { ReportForm, type Correction } from './ReportForm'
import { ReportItem } from './ReportItem'
import { noteServerTime, usePhotoRefresh } from './use-photo-refresh'
import { useReportDeletion } from './use-report-deletion'
import { submitStateOf, type SubmitState } from './submit-state'
import './report-screen.scss'

/**
 * A page of reports as the paged list takes it. A resident's first page is saved for offline; when it cannot be
 * fetched (offline, server down) the saved copy stands in, and `onOffline` gets when it was fetched (null when fresh).
 */
const reportPage = (cursor: string | null, worker: boolean, onOffline: (fetchedAt: string | null) => void) =>
  fetchReports(cursor).then(
    (page) => {
      noteServerTime(page.serverTime)
      if (!worker && cursor === null) {
        saveMyReportsPage(page.reports)
        onOffline(null)
      }
      return { items: page.reports, nextCursor: page.nextCursor }
    },
    (error: unknown) => {
      const saved = !worker && cursor === null ? savedMyReportsFor(error) : null
      if (!saved) throw error
      onOffline(saved.fetchedAt)
      return { items: saved.reports, nextCursor: null }
    },
  )

/** `worker`: a signed-in worker reads every report of the community and moves them on; else a resident's own. */
export function ReportScreen({ worker, correction }: { worker: boolean; correction?: Correction }) {
  /** Bumped to remount the form with a draft put back from a failed entry. */
  const [formKey, setFormKey] = useState(0)
  /** When the saved copy on show was fetched (offline), or null. */
  const [offlineSince, setOfflineSince] = useState<string | null>(null)
  const fetchPage = useCallback((cursor: string | null) => reportPage(cursor, worker, setOfflineSince), [worker])
  const list = usePagedList(fetchPage)
  const { items: reports, reload: load } = list
  useRefreshOnPull(load)
  // Only a failed first page is an error of the whole list; a failed next page says so at the list's end.
  const error = list.failed === 'first' ? list.error : ''
  /** The last report this screen submitted, as it now is (never 已提交 before the server has it). */
  const [submitted, setSubmitted] = useState<SubmitState | null>(null)
  const track = useCallback((entry: OutboxEntry) => {
    // Once sent, it stays 已提交; a later state of the same entry replaces an earlier one.
    setSubmitted((s) => (s && s.key === entry.key && s.state !== 'sent' ? submitStateOf(entry) : s))
  }, [])
  const onSent = useCallback(
    (sent: readonly OutboxEntry[]) => {
      sent.forEach(track)
      load()
    },
    [load, track],
  )
  const outbox = useReportOutbox(onSent)
  const failedLater = outbox.entries.find((e) => e.key === submitted?.key && e.status === 'failed')
  useEffect(() => {
    if (failedLater) track(failedLater)
  }, [failedLater, track])
  const submit = (input: ReportCreate) => {
    const { key, result } = submitReport(input)
    setSubmitted({ key, state: 'sending' })
    void result.then(track)
  }
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
      {worker ? null : (
        <ReportForm
          key={formKey}
          correction={formKey === 0 ? correction : undefined}
          onSubmit={submit}
          confirmation={submitted ? <ReportConfirmation submitted={submitted} /> : null}
        />
      )}
      <View className='report__card'>
        <Text className='report__heading' {...headingProps(2)}>
          {worker ? '本社区的报告' : '我的报告'}
        </Text>
        {worker ? null : <WebOnlyHint text={`网页版收不到微信通知：${PROGRESS_ELSEWHERE}`} />}
        <PendingReports
          entries={outbox.entries}
          unsaved={outbox.unsaved}
          onEdit={edit}
          onRemove={(entry) => reportOutbox.remove(entry.key)}
        />
        {offlineSince && !error ? (
          <Text className='report__hint' {...{ role: 'status' }}>
            {`${offlineAsOf(offlineSince)}：未能连接服务器，这是上次看到的内容`}
          </Text>
        ) : null}
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
            onChanged={list.replace}
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
