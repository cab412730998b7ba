// 核实信息 (not a tab): a worker verifies one field (?kind=&id=&field=), maybe answering a 信息纠错 report (&reportId=).
import { useMemo } from 'react'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell/PageShell'
import { subjectOfParams } from '@/domain/verify-draft'
import { VerifyScreen } from '@/features/community/verify/VerifyScreen'
import { WORKER_PAGE } from '@/domain/routes'

export default function VerifyPage() {
  const { kind, id, field, reportId } = useRouter().params
  const subject = useMemo(() => subjectOfParams({ kind, id, field }), [kind, id, field])
  return (
    <PageShell title='核实信息' subtitle='填写核实到的内容' backTo={`/${WORKER_PAGE}`}>
      <VerifyScreen subject={subject} reportId={reportId || undefined} />
    </PageShell>
  )
}
