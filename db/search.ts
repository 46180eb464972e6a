/**
 * Turns free text into a safe FTS5 MATCH expression: each word quoted (so operators and
 * punctuation in user input are inert), prefix-matched, any word may match; bm25 ranks
 * stories that match more of them, more often, first. Null when there is nothing to search.
 */
export function toFtsQuery(text: string, maxTerms = 16): string | null {
  const terms = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, maxTerms);
  if (terms.length === 0) return null;
  return [...new Set(terms)].map((t) => `"${t}"*`).join(' OR ');
}
