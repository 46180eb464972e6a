/** A form-level message (not tied to one field), announced politely. */
export function FormAlert({ message, tone = 'error' }: { message?: string; tone?: 'error' | 'success' }) {
  if (!message) return null;
  const style = tone === 'error' ? 'border-red-200 bg-red-50 text-red-800' : 'border-green-200 bg-green-50 text-green-800';
  return (
    <p role="status" aria-live="polite" data-testid="form-message" className={`rounded-md border px-3 py-2 text-sm ${style}`}>
      {message}
    </p>
  );
}
