import type { z } from 'zod';
import { requireSession } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
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
  /** The caller's session (one per sign-in), for actions that end the others. */
  sessionId: A extends false ? null : string;
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
      const session = spec.auth === false ? null : await requireSession(request);
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
        userId: (session?.userId ?? null) as HandlerArgs<A, P, Q, B>['userId'],
        sessionId: (session?.sessionId ?? null) as HandlerArgs<A, P, Q, B>['sessionId'],
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

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof METHODS)[number];
type Handler = (request: Request) => Response;

/**
 * Handlers for the methods a route does not serve: 405 problem+json with `Allow`, where Next
 * alone would answer an empty 405. A route file exports the ones it lacks:
 * `export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');`
 */
export function otherMethods(...allowed: Method[]): Record<Method, Handler> {
  const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  const refuse: Handler = (request) =>
    problemResponse(405, `${request.method} is not supported here. Use ${allowed.join(' or ')}.`, undefined, { allow });
  return Object.fromEntries(METHODS.map((method) => [method, refuse])) as Record<Method, Handler>;
}
