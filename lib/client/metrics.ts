import type { MetricDto, MetricInput } from '@/lib/validation/metric';
import { resourceClient } from './resource';

// A metric's case-study link shows on the case study, so case studies refresh with metrics.
export const metricsClient = resourceClient<MetricDto, MetricInput>('metrics', '/api/v1/metrics', ['case-studies']);
