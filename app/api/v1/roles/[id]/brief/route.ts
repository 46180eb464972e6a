import { otherMethods } from '@/lib/api/route';
import { handlers } from '../../handlers';

export const GET = handlers.brief;

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
