// Drafts saved on every change: in storage when it works, in memory (with a warning) when it does not.
import type { KeyValueStore } from './key-value-store'

export class DraftStore<D> {
  private memory = new Map<string, D>()

  constructor(
    private readonly store: KeyValueStore,
    private readonly isDraft: (value: unknown) => value is D,
  ) {}

  /** Returns false when storage failed: the draft is kept in memory only. */
  save(key: string, draft: D): boolean {
    this.memory.set(key, draft)
    try {
      this.store.write(key, draft)
      return true
    } catch {
      return false
    }
  }

  /** The newest draft: memory first (it has what storage may have missed), then storage; a bad value gives null. */
  load(key: string): D | null {
    const inMemory = this.memory.get(key)
    if (inMemory !== undefined) return inMemory
    const stored = this.store.read(key)
    return this.isDraft(stored) ? stored : null
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
