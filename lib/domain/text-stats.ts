export const WORDS_PER_MINUTE = 140;

/** Words as a speaker would say them: runs of letters or digits, with inner apostrophes, hyphens, dots. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}$%]+(?:['’.,\-/][\p{L}\p{N}%]+)*/gu) ?? [];
}

export function countWords(text: string): number {
  return words(text).length;
}

/** Seconds to say this many words at an interview pace. */
export function speakingSeconds(wordCount: number): number {
  return Math.round((wordCount / WORDS_PER_MINUTE) * 60);
}

const SPELLED_NUMBERS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds ' +
    'thousand thousands million millions billion dozen dozens half twice double doubled triple tripled ' +
    'quadrupled halved'
  ).split(' '),
);

/** True when the text carries a figure: 40%, 3x, $120k, "2 to 10" or a spelled-out number. */
export function hasNumber(text: string): boolean {
  if (/\d/.test(text)) return true;
  return words(text.toLowerCase()).some((w) => SPELLED_NUMBERS.has(w.replace(/[^a-z]/g, '')));
}

/** Whole-word occurrences of any of the given words, case-insensitive. */
export function countOccurrences(text: string, targets: string[]): number {
  const set = new Set(targets);
  return words(text.toLowerCase()).filter((w) => set.has(w)).length;
}

/** A string as a literal inside a RegExp. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when a term appears in lower-cased text as a word or the start of one ("Terraform" in "terraformed"). */
export function mentions(textLower: string, term: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term.toLowerCase())}`, 'u').test(textLower);
}
