// Drafts saved on every change, through the storage wrapper (in memory when storage fails). Each save is stamped with
// its time, so when memory and storage disagree (a failed write, another tab) the newer one wins.
import { asStorage, type KeyValueStore, type Storage } from './storage'

interface Saved<D> {
  savedAt: number
  draft: D
}

export class DraftStore<D> {
  private readonly storage: Storage

  constructor(
    store: KeyValueStore | Storage,
    private readonly isDraft: (value: unknown) => value is D,
    private readonly now: () => number = Date.now,
  ) {
    this.storage = asStorage(store)
  }

  /** Returns false when storage failed: the draft is kept in memory only. */
  save(key: string, draft: D): boolean {
    return this.storage.write(key, { savedAt: this.now(), draft })
  }

  /** A stamped draft, or (saved before stamps) a bare draft, which counts as oldest. */
  private parse = (value: unknown): Saved<D> | null => {
    if (this.isDraft(value)) return { savedAt: 0, draft: value }
    if (!value || typeof value !== 'object') return null
    const { savedAt, draft } = value as Partial<Saved<unknown>>
    return typeof savedAt === 'number' && this.isDraft(draft) ? { savedAt, draft } : null
  }

  /** The newer of the draft in memory and the one in storage (by save time); a bad value counts as none. */
  load(key: string): D | null {
    const newer = (kept: Saved<D> | null, stored: Saved<D> | null) =>
      kept && stored ? (stored.savedAt > kept.savedAt ? stored : kept) : (kept ?? stored)
    return this.storage.read(key, this.parse, newer)?.draft ?? null
  }

  /** Keeps `draft` in memory (stamped now) beside what storage holds. */
  remember(key: string, draft: D): void {
    this.storage.remember(key, { savedAt: this.now(), draft })
  }

  /** Writes `value` as it is (e.g. a smaller form of the draft); false when storage failed. */
  writeRaw(key: string, value: unknown): boolean {
    return this.storage.write(key, value)
  }

  clear(key: string): void {
    // A cleared draft that storage still holds (the write failed) is discarded by the next save.
    this.storage.write(key, null)
  }
}
