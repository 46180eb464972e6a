import { json, otherMethods, route } from '@/lib/api/route';
import { loadDemoFor } from '@/lib/server/workspace';

/** Fills an empty account with the demo workspace; never touches an account that has data. */
export const POST = route({}, ({ userId }) => {
  loadDemoFor(userId);
  return json({ loaded: true }, 201);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
