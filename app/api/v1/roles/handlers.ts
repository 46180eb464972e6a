import { crudRoutes } from '@/lib/api/crud';
import { json, route } from '@/lib/api/route';
import { calendarFor } from '@/lib/server/calendar';
import { briefFor, createInterviewFor, deleteInterviewFor, listInterviewsFor, roleService, updateInterviewFor } from '@/lib/server/roles';
import { idParamsSchema } from '@/lib/validation/common';
import {
  interviewCreateSchema,
  interviewParamsSchema,
  interviewPatchSchema,
  roleCreateSchema,
  rolePatchSchema,
} from '@/lib/validation/role';

/** An iCalendar answer: private to the user, never cached, offered as a file. */
export const calendarResponse = (body: string, filename: string) =>
  new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    },
  });

/** The REST handlers of /api/v1/roles and everything under a role. */
export const handlers = {
  ...crudRoutes({ service: roleService, create: roleCreateSchema, patch: rolePatchSchema }),
  listInterviews: route({ params: idParamsSchema }, ({ userId, params }) => ({ items: listInterviewsFor(userId, params.id) })),
  createInterview: route({ params: idParamsSchema, body: interviewCreateSchema }, ({ userId, params, body }) =>
    json(createInterviewFor(userId, params.id, body), 201),
  ),
  updateInterview: route({ params: interviewParamsSchema, body: interviewPatchSchema }, ({ userId, params, body }) =>
    updateInterviewFor(userId, params.id, params.interviewId, body),
  ),
  removeInterview: route({ params: interviewParamsSchema }, ({ userId, params }) =>
    deleteInterviewFor(userId, params.id, params.interviewId),
  ),
  brief: route({ params: idParamsSchema }, ({ userId, params }) => briefFor(userId, params.id)),
  roleCalendar: route({ params: idParamsSchema }, ({ userId, params }) =>
    calendarResponse(calendarFor(userId, new Date(), params.id), 'starboard-role.ics'),
  ),
  calendar: route({}, ({ userId }) => calendarResponse(calendarFor(userId, new Date()), 'starboard.ics')),
};
