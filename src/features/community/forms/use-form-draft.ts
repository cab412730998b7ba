// A form's draft, as both 月湾湖 forms (the notice and the report) keep it: restored when the form opens, saved a
// moment after typing pauses (the save says in words where it went), the message of each changed field cleared.
import { useEffect, useRef, useState } from 'react'
import type { FieldErrors } from '@/domain/validation'

export const DRAFT_DELAY_MS = 500

interface FormDraftOptions<D> {
  /** The draft the form opens with (restored, or given). */
  initial: () => D
  /** Saves the draft; returns the line to show (e.g. 草稿已自动保存, or a storage warning). */
  save: (draft: D) => string
  /** How long typing must pause before the draft is saved. */
  delayMs?: number
  /** Save the opening draft too (an edit must survive a crash from the start); else only after a change. */
  saveAtOnce?: boolean
}

export interface FormDraft<D> {
  draft: D
  /** Merges `patch` into the draft and clears those fields' messages. */
  change: (patch: Partial<D>) => void
  /** Starts again from `next` without saving it (after a submit; the caller clears the stored draft). */
  reset: (next: D) => void
  errors: FieldErrors
  setErrors: (errors: FieldErrors) => void
  /** What the last save said, or what the form last said (setNote). */
  note: string
  setNote: (note: string) => void
}

export function useFormDraft<D extends object>(options: FormDraftOptions<D>): FormDraft<D> {
  const { initial, delayMs = DRAFT_DELAY_MS, saveAtOnce = false } = options
  const [draft, setDraft] = useState<D>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [note, setNote] = useState('')
  const skipSave = useRef(!saveAtOnce)
  const save = useRef(options.save)
  save.current = options.save

  useEffect(() => {
    if (skipSave.current) {
      skipSave.current = false
      return
    }
    const timer = setTimeout(() => setNote(save.current(draft)), delayMs)
    return () => clearTimeout(timer)
  }, [draft, delayMs])

  const change = (patch: Partial<D>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const key of Object.keys(patch)) delete next[key]
      return next
    })
  }
  const reset = (next: D) => {
    skipSave.current = true
    setDraft(next)
    setErrors({})
  }
  return { draft, change, reset, errors, setErrors, note, setNote }
}
