import { desc } from 'drizzle-orm';
import { impactMetrics } from '../schema';
import { ownedCrud } from './owned';

export type MetricRecord = Omit<typeof impactMetrics.$inferSelect, 'userId'>;
type MetricValues = Omit<MetricRecord, 'id' | 'createdAt' | 'updatedAt'>;

export const metricQueries = ownedCrud<MetricRecord, MetricValues>(impactMetrics, [desc(impactMetrics.updatedAt)]);
