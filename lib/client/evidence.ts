import type {
  CaseStudyDto,
  CaseStudyInput,
  ContactDto,
  ContactInput,
  MetricDto,
  MetricInput,
  PracticeDto,
  PracticeInput,
} from '@/lib/validation/evidence';
import { resourceClient } from './resource';

export const practiceClient = resourceClient<PracticeDto, PracticeInput>('practice', '/api/v1/practice');
export const contactsClient = resourceClient<ContactDto, ContactInput>('contacts', '/api/v1/contacts');
export const metricsClient = resourceClient<MetricDto, MetricInput>('metrics', '/api/v1/metrics', ['case-studies']);
export const caseStudiesClient = resourceClient<CaseStudyDto, CaseStudyInput>('case-studies', '/api/v1/case-studies', ['metrics']);
