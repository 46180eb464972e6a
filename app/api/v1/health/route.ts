/** Liveness for operators and the baseline the HTTP benchmark compares real routes against. */
export function GET() {
  return Response.json({ ok: true }, { headers: { 'cache-control': 'no-store' } });
}
