import { otherMethods } from '@/lib/api/route';

/** Liveness for operators and monitors. */
export function GET() {
  return Response.json({ ok: true }, { headers: { 'cache-control': 'no-store' } });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
