import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { nowIso } from '../ids';
import { fundamentals, type FundamentalsAreas } from '../schema';

export type FundamentalsProfile = {
  cloudProvider: 'aws' | 'azure' | 'gcp' | null;
  areas: FundamentalsAreas;
  iacTool: string | null;
  iacDepth: number;
};

const emptyArea = () => ({ depth: 0, evidence: '' });

/** What a user who never saved sees: nothing chosen, every depth 0. */
export function emptyFundamentals(): FundamentalsProfile {
  return {
    cloudProvider: null,
    areas: { networking: emptyArea(), iam: emptyArea(), compute: emptyArea(), storage: emptyArea(), managed_services: emptyArea() },
    iacTool: null,
    iacDepth: 0,
  };
}

const columns = {
  cloudProvider: fundamentals.cloudProvider,
  areas: fundamentals.areas,
  iacTool: fundamentals.iacTool,
  iacDepth: fundamentals.iacDepth,
};

export function getFundamentalsByUser({ userId }: { userId: string }): FundamentalsProfile {
  return getDb().select(columns).from(fundamentals).where(eq(fundamentals.userId, userId)).get() ?? emptyFundamentals();
}

export function putFundamentals({ userId, profile }: { userId: string; profile: FundamentalsProfile }): FundamentalsProfile {
  const now = nowIso();
  return getDb()
    .insert(fundamentals)
    .values({ userId, ...profile, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: fundamentals.userId, set: { ...profile, updatedAt: now } })
    .returning(columns)
    .get();
}
