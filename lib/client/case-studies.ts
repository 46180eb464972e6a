import type { CaseStudyDto, CaseStudyInput } from '@/lib/validation/case-study';
import { resourceClient } from './resource';

// A case study carries its linked metrics, so metrics refresh with case studies.
export const caseStudiesClient = resourceClient<CaseStudyDto, CaseStudyInput>('case-studies', '/api/v1/case-studies', ['metrics']);
