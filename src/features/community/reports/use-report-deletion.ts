// 删除 on one of the resident's reports: asks first (it cannot be undone), deletes it on the server, says 已删除 and
// has the list reloaded; offline it says that deleting needs the network.
import { useState } from 'react'
import type { ReportView } from '@/domain/api-contract'
import type { Confirmation } from '@/features/community/desk/ConfirmDialog'
import { DELETED_ONE, deleteReportConfirmation } from '@/features/community/privacy/deletion-words'
import { deleteMyReport, deletionFailure } from '@/services/community/my-data'

export interface ReportDeletion {
  confirmation: Confirmation | null
  close: () => void
  ask: (report: ReportView) => void
  /** The report being deleted now. */
  busyId: string | null
  outcome: { ok: boolean; message: string } | null
}

export function useReportDeletion(onDeleted: () => void): ReportDeletion {
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<ReportDeletion['outcome']>(null)

  const run = async (id: string) => {
    setConfirmation(null)
    setBusyId(id)
    try {
      await deleteMyReport(id)
      setOutcome({ ok: true, message: DELETED_ONE })
      onDeleted()
    } catch (error) {
      setOutcome({ ok: false, message: deletionFailure(error) })
    } finally {
      setBusyId(null)
    }
  }

  const ask = (report: ReportView) => {
    setOutcome(null)
    setConfirmation(deleteReportConfirmation(`${report.category} · ${report.place}`, () => void run(report.id)))
  }
  return { confirmation, close: () => setConfirmation(null), ask, busyId, outcome }
}
