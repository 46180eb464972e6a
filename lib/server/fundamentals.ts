import 'server-only';
import { getFundamentalsByUser, putFundamentals } from '@/db/queries/fundamentals';
import type { FundamentalsDto, FundamentalsInput } from '@/lib/validation/fundamentals';

export function getFundamentalsFor(userId: string): FundamentalsDto {
  return getFundamentalsByUser({ userId });
}

export function putFundamentalsFor(userId: string, profile: FundamentalsInput): FundamentalsDto {
  return putFundamentals({ userId, profile });
}
