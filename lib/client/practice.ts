import type { PracticeDto, PracticeInput } from '@/lib/validation/practice';
import { resourceClient } from './resource';

export const practiceClient = resourceClient<PracticeDto, PracticeInput>('practice', '/api/v1/practice');
