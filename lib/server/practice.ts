import 'server-only';
import { practiceQueries } from '@/db/queries/practice';
import { ownedService } from './owned-service';

export const practiceService = ownedService({ what: 'practice entry', queries: practiceQueries, present: (rows) => rows });
