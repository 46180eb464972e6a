import { otherMethods } from '@/lib/api/route';
import { handlers } from '../roles/handlers';

export const GET = handlers.calendar;

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
