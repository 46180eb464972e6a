// The baseline for pages: a server-rendered page that Next renders on every request.
export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Bare page</h1>
      <p>Rendered at {new Date().toISOString()}.</p>
    </main>
  );
}
