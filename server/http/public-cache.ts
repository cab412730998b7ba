// A micro-cache for what the public reads most — the first pages of a community's notice feed: an anonymous GET
// /api/notices answer is kept for a moment (PUBLIC_CACHE_MS, 2 s by default; 0 turns it off) and concurrent misses
// share one query. A notice written through this process clears it at once; other processes' writes show within
// the moment. Signed-in readers (workers) always read the database.
export interface CachedAnswer {
  status: number
  body: string
}

export class PublicCache {
  private readonly entries = new Map<string, { expires: number; answer: Promise<CachedAnswer> }>()

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => Date,
    private readonly maxEntries = 200,
  ) {}

  /** The cached answer for `key`, or `load`'s (cached only when it is a 200). */
  get(key: string, load: () => Promise<CachedAnswer>): Promise<CachedAnswer> {
    if (this.ttlMs <= 0) return load()
    const t = this.now().getTime()
    const hit = this.entries.get(key)
    if (hit && hit.expires > t) return hit.answer
    if (this.entries.size >= this.maxEntries) this.entries.clear()
    const answer = load()
    this.entries.set(key, { expires: t + this.ttlMs, answer })
    answer.then(
      (a) => a.status !== 200 && this.entries.delete(key),
      () => this.entries.delete(key),
    )
    return answer
  }

  clear(): void {
    this.entries.clear()
  }
}
