import { desc } from 'drizzle-orm';
import { impactMetrics } from '../schema';
import { ownedCrud } from './owned';

export type MetricRecord = Omit<typeof impactMetrics.$inferSelect, 'userId'>;

export const metricQueries = ownedCrud(impactMetrics, [desc(impactMetrics.updatedAt)]);
