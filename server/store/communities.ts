// Communities: the one the server is configured for is created (or renamed) at start; names are looked up by id.
import { eq } from 'drizzle-orm'
import type { Community } from '../../src/domain/api-contract'
import type { Queryable } from '../db/database'
import { communities } from '../db/schema'

export async function ensureCommunity(db: Queryable, community: Community): Promise<void> {
  await db
    .insert(communities)
    .values(community)
    .onConflictDoUpdate({ target: communities.id, set: { name: community.name } })
}

export async function findCommunity(db: Queryable, id: string): Promise<Community | null> {
  const [row] = await db
    .select({ id: communities.id, name: communities.name })
    .from(communities)
    .where(eq(communities.id, id))
  return row ?? null
}
