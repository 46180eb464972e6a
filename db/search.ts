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

/**
 * An FTS5 query matching any of a question's words by their stem (the word less its last two
 * letters, at least four): "outages" finds "outage". The longest (most specific) words go first
 * and only `maxTerms` are kept, since each term added costs a scan of its postings.
 */
export function toFtsAnyQuery(terms: readonly string[], maxTerms = 8): string | null {
  const stems = [
    ...new Set(
      terms
        .flatMap((t) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
        .filter((t) => t.length > 2)
        .sort((a, b) => b.length - a.length || a.localeCompare(b))
        .map((t) => t.slice(0, Math.max(4, t.length - 2))),
    ),
  ].slice(0, maxTerms);
  return stems.length ? stems.map((s) => `"${s}"*`).join(' OR ') : null;
}
