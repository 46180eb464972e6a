import { problemResponse } from '@/lib/api/problem';

/** Any /api/v1 path no route serves: problem+json 404 rather than Next's HTML page. */
function unknownPath(): Response {
  return problemResponse(404, 'There is no such API endpoint. See the README for the routes under /api/v1.');
}

export const GET = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
