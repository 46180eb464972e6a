// The baseline for API routes: what Next alone costs to answer with constant JSON.
export function GET() {
  return Response.json({ ok: true }, { headers: { 'cache-control': 'no-store' } });
}
