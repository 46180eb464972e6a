import { Button } from './button';

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="text-slate-600">
      Loading {what}…
    </p>
  );
}

/** A failed load, said plainly, with a retry; nothing saved is affected. */
export function LoadError({ what, message, onRetry }: { what: string; message: string; onRetry: () => void }) {
  return (
    <div role="status" className="rounded-md border border-red-200 bg-red-50 p-4 text-red-800">
      <p>
        Could not load {what}: {message}
      </p>
      <Button variant="secondary" className="mt-2" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
