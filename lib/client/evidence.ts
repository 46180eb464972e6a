import type { CaseStudyDto, MetricDto } from '@/lib/api/evidence';
import type { ContactRecord } from '@/db/queries/contacts';
import type { PracticeRecord } from '@/db/queries/practice';
import type { CaseStudyInput, ContactInput, MetricInput, PracticeInput } from '@/lib/validation/evidence';
import { resourceClient } from './resource';

export const practiceClient = resourceClient<PracticeRecord, PracticeInput>('practice', '/api/v1/practice');
export const contactsClient = resourceClient<ContactRecord, ContactInput>('contacts', '/api/v1/contacts');
export const metricsClient = resourceClient<MetricDto, MetricInput>('metrics', '/api/v1/metrics', ['case-studies']);
export const caseStudiesClient = resourceClient<CaseStudyDto, CaseStudyInput>('case-studies', '/api/v1/case-studies', ['metrics']);
