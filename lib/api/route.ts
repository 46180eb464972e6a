import type { z } from 'zod';
import { requireUserId } from '@/lib/auth/session';
import { AppError } from './errors';
import { problemResponse } from './problem';
import { assertSameOrigin, parseWith, readJsonBody } from './request';

type RouteContext = { params: Promise<unknown> };

type Spec<P, Q, B> = {
  /** Defaults to true: the caller must be signed in. */
  auth?: boolean;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Body size limit; 1 MB unless a route needs more (imports). */
  maxBytes?: number;
};

type HandlerArgs<A, P, Q, B> = {
  request: Request;
  userId: A extends false ? null : string;
  params: P;
  query: Q;
  body: B;
};

/**
 * The one wrapper for route handlers: origin check, session, zod parsing of params,
 * query and body, and every failure as problem+json. A handler returns data (sent as
 * JSON 200) or a Response.
 */
export function route<P = undefined, Q = undefined, B = undefined, A extends boolean = true>(
  spec: Spec<P, Q, B> & { auth?: A },
  handler: (args: HandlerArgs<A, P, Q, B>) => Promise<unknown> | unknown,
) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(request);
      const userId = spec.auth === false ? null : await requireUserId(request);
      let params = undefined as P;
      if (spec.params) {
        // A malformed id names nothing the caller owns: 404, like any unknown id.
        const parsed = spec.params.safeParse(await context?.params);
        if (!parsed.success) throw new AppError('not_found', 'No such resource.');
        params = parsed.data;
      }
      const query = spec.query
        ? parseWith(spec.query, Object.fromEntries(new URL(request.url).searchParams), 'query string')
        : (undefined as Q);
      const body = spec.body ? parseWith(spec.body, await readJsonBody(request, spec.maxBytes), 'request body') : (undefined as B);
      const result = await handler({
        request,
        userId: userId as HandlerArgs<A, P, Q, B>['userId'],
        params,
        query,
        body,
      });
      if (result instanceof Response) return result;
      if (result === undefined) return new Response(null, { status: 204 });
      return json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { 'cache-control': 'no-store' } });
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return problemResponse(error.status, error.message, error.fieldErrors, error.headers);
  }
  // Unexpected: log for the operator, reveal nothing to the caller.
  console.error('[api] unexpected error:', error);
  return problemResponse(500, 'Something went wrong on our side. Nothing was changed.');
}
