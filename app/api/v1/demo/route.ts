import { isWorkspaceEmpty, seedDemoWorkspace } from '@/db/queries/workspace';
import { AppError } from '@/lib/api/errors';
import { json, route, otherMethods } from '@/lib/api/route';

/** Fills an empty account with the demo workspace; never touches an account that has data. */
export const POST = route({}, ({ userId }) => {
  if (!isWorkspaceEmpty({ userId })) {
    throw new AppError('conflict', 'The demo workspace only loads into an empty account, so nothing of yours is mixed with it.');
  }
  seedDemoWorkspace({ userId });
  return json({ loaded: true }, 201);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
