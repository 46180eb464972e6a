import { otherMethods } from '@/lib/api/route';
import { handlers } from '../../handlers';

export const GET = handlers.listInterviews;
export const POST = handlers.createInterview;

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
