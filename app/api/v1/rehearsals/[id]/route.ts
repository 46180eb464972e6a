import { otherMethods, route } from '@/lib/api/route';
import { rehearsalFor } from '@/lib/server/rehearsal';
import { idParamsSchema } from '@/lib/validation/common';

export const GET = route({ params: idParamsSchema }, ({ userId, params }) => rehearsalFor(userId, params.id));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
