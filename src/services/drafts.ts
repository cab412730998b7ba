// Drafts saved on every change: in storage when it works, in memory (with a warning) when it does not. Each save is
// stamped with its time, so when memory and storage disagree (a failed write, another tab) the newer one wins.
import type { KeyValueStore } from './key-value-store'

interface Saved<D> {
  savedAt: number
  draft: D
}

export class DraftStore<D> {
  private memory = new Map<string, Saved<D>>()

  constructor(
    private readonly store: KeyValueStore,
    private readonly isDraft: (value: unknown) => value is D,
    private readonly now: () => number = Date.now,
  ) {}

  /** Returns false when storage failed: the draft is kept in memory only. */
  save(key: string, draft: D): boolean {
    const saved = { savedAt: this.now(), draft }
    this.memory.set(key, saved)
    try {
      this.store.write(key, saved)
      return true
    } catch {
      return false
    }
  }

  /** What storage holds: a stamped draft, or (saved before stamps) a bare draft, which counts as oldest. */
  private stored(key: string): Saved<D> | null {
    const value = this.store.read(key)
    if (this.isDraft(value)) return { savedAt: 0, draft: value }
    if (!value || typeof value !== 'object') return null
    const { savedAt, draft } = value as Partial<Saved<unknown>>
    return typeof savedAt === 'number' && this.isDraft(draft) ? { savedAt, draft } : null
  }

  /** The newer of the draft in memory and the one in storage (by save time); a bad value counts as none. */
  load(key: string): D | null {
    const inMemory = this.memory.get(key)
    const inStorage = this.stored(key)
    if (inMemory && inStorage) return inStorage.savedAt > inMemory.savedAt ? inStorage.draft : inMemory.draft
    return (inMemory ?? inStorage)?.draft ?? null
  }

  clear(key: string): void {
    this.memory.delete(key)
    try {
      this.store.write(key, null)
    } catch {
      // Nothing to keep: a cleared draft that storage still holds is discarded by the next save.
    }
  }
}
