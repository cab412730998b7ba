// Communities: the one the server is configured for is created (or renamed, or given a new number code) at start;
// names are looked up by id.
import { eq, sql } from 'drizzle-orm'
import type { Community } from '../../src/domain/api-contract'
import { communityCodeFromId } from '../../src/domain/report-number'
import type { Queryable } from '../db/database'
import { communities } from '../db/schema'

/** `code`: what its report numbers start with (COMMUNITY_CODE); absent: kept, or for a new row derived from the id. */
export async function ensureCommunity(db: Queryable, community: Community & { code?: string }): Promise<void> {
  const code = community.code ?? communityCodeFromId(community.id)
  await db
    .insert(communities)
    .values({ id: community.id, name: community.name, code })
    .onConflictDoUpdate({
      target: communities.id,
      set: { name: community.name, code: community.code ?? sql`${communities.code}` },
    })
}

export async function findCommunity(db: Queryable, id: string): Promise<Community | null> {
  const [row] = await db
    .select({ id: communities.id, name: communities.name })
    .from(communities)
    .where(eq(communities.id, id))
  return row ?? null
}
