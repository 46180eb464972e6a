import { otherMethods } from '@/lib/api/route';
import { handlers } from '../../handlers';

export const GET = handlers.roleCalendar;

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
