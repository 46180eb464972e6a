import { otherMethods } from '@/lib/api/route';
import { handlers } from '../../../handlers';

export const PATCH = handlers.updateInterview;
export const DELETE = handlers.removeInterview;

export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
