import { countOccurrences, countWords, hasNumber, speakingSeconds, words, WORDS_PER_MINUTE } from './text-stats';

export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];

export const SPEAKING_MIN_SECONDS = 60;
export const SPEAKING_MAX_SECONDS = 180;

export type LintSeverity = 'error' | 'warning';
export type LintField = StarPart | 'themes' | 'story';
export type LintCode =
  | 'part_missing'
  | 'result_without_number'
  | 'too_short'
  | 'too_long'
  | 'no_theme'
  | 'action_thin'
  | 'we_over_i'
  | 'no_timeframe'
  | 'result_restates_task';

export type LintFinding = { code: LintCode; field: LintField; severity: LintSeverity; message: string };

export type LintableStory = Record<StarPart, string> & { themes: readonly string[]; resultQualitative?: boolean };

export type StoryStats = { wordCount: number; speakingSeconds: number; lint: LintFinding[] };

const partLabels: Record<StarPart, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };

const TIMEFRAME =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an|few|several)\s+(second|minute|hour|day|week|sprint|month|quarter|year)s?\b|\b(within|over|after|by)\s+(the\s+)?(next\s+|following\s+)?(day|week|sprint|month|quarter|year|q[1-4]|h[12]|january|february|march|april|may|june|july|august|september|october|november|december)\b|\bq[1-4]\b|\bh[12]\b|\b(19|20)\d{2}\b|\b(weekly|monthly|quarterly|overnight)\b|\b(half|a)\s+year\b/i;

// Verb forms only ("delivered", not "delivery"), so a noun in the task does not pass for an outcome.
const OUTCOME_VERBS = new RegExp(
  '\\b(' +
    [
      'cut',
      'cuts',
      'fell',
      'grew',
      'won',
      'sped',
      'shrank',
      'shrunk',
      'became',
      'went',
      'led to',
      'reduc(e|ed|es|ing)',
      'lower(ed|s)',
      'drop(ped|s)',
      'increas(e|ed|es)',
      'grow(s|n)',
      'rais(e|ed|es)',
      'improv(e|ed|es)',
      'sav(e|ed|es)',
      'ship(ped|s)',
      'launch(ed|es)',
      'deliver(ed|s)',
      'achiev(e|ed|es)',
      'eliminat(e|ed|es)',
      'remov(e|ed|es)',
      'halv(e|ed|es)',
      'doubl(e|ed|es)',
      'tripl(e|ed|es)',
      'hired',
      'promot(e|ed|es)',
      'retain(ed|s)',
      'adopt(ed|s)',
      'migrat(e|ed|es)',
      'resolv(e|ed|es)',
      'gain(ed|s)',
      'avoid(ed|s)',
      'prevent(ed|s)',
      'accelerat(e|ed|es)',
      'complet(e|ed|es)',
      'finish(ed|es)',
      'closed',
      'result(ed|s) in',
      'turned',
      'beat',
      'exceed(ed|s)',
    ].join('|') +
    ')\\b',
  'i',
);

const STOP = new Set(
  'the a an and or of to in on for with by at from as is was were be been are that this it our my we i us their they them into over under than then so'.split(
    ' ',
  ),
);

function contentWords(text: string): string[] {
  return words(text.toLowerCase()).filter((w) => w.length > 2 && !STOP.has(w));
}

/** Feedback that makes a STAR story interview-ready. Errors block "ready"; warnings are advice. */
export function lintStory(story: LintableStory): StoryStats {
  const lint: LintFinding[] = [];
  const add = (code: LintCode, field: LintField, severity: LintSeverity, message: string) => lint.push({ code, field, severity, message });

  const counts = Object.fromEntries(STAR_PARTS.map((p) => [p, countWords(story[p])])) as Record<StarPart, number>;
  const wordCount = STAR_PARTS.reduce((sum, p) => sum + counts[p], 0);
  const seconds = speakingSeconds(wordCount);
  // Compare unrounded time so the bands are exact: 140 to 420 words.
  const exactSeconds = (wordCount / WORDS_PER_MINUTE) * 60;

  for (const part of STAR_PARTS) {
    if (story[part].trim() === '')
      add('part_missing', part, 'error', `${partLabels[part]} is empty. Every part of STAR needs a few sentences.`);
  }
  if (story.result.trim() !== '' && !story.resultQualitative && !hasNumber(story.result)) {
    add('result_without_number', 'result', 'error', 'Give the result a number (%, time, money, count), or mark it as qualitative.');
  }
  if (exactSeconds < SPEAKING_MIN_SECONDS) {
    add(
      'too_short',
      'story',
      'error',
      `About ${seconds} s to tell; aim for at least ${SPEAKING_MIN_SECONDS} s so the story has substance.`,
    );
  } else if (exactSeconds > SPEAKING_MAX_SECONDS) {
    add('too_long', 'story', 'error', `About ${seconds} s to tell; trim it under ${SPEAKING_MAX_SECONDS} s before an interviewer drifts.`);
  }
  if (story.themes.length === 0) add('no_theme', 'themes', 'error', 'Pick at least one leadership theme this story answers.');

  if (counts.action > 0 && counts.action < counts.situation + counts.task) {
    add('action_thin', 'action', 'warning', 'The action is shorter than the set-up. Spend most of the time on what you did.');
  }
  const we = countOccurrences(story.action, ['we', "we're", "we've", 'our', 'us']);
  const i = countOccurrences(story.action, ['i', "i'm", "i've", "i'd", 'my', 'me']);
  if (we > i) add('we_over_i', 'action', 'warning', 'The action says "we" more than "I". Interviewers want your part in it.');

  const all = STAR_PARTS.map((p) => story[p]).join(' ');
  if (all.trim() !== '' && !TIMEFRAME.test(all)) {
    add('no_timeframe', 'story', 'warning', 'Say when or how long: "over two quarters", "within 3 weeks", "in Q3".');
  }

  const resultWords = contentWords(story.result);
  if (resultWords.length > 0 && !OUTCOME_VERBS.test(story.result)) {
    const taskWords = new Set(contentWords(story.task));
    const shared = resultWords.filter((w) => taskWords.has(w)).length;
    if (taskWords.size > 0 && shared / resultWords.length >= 0.5) {
      add('result_restates_task', 'result', 'warning', 'The result repeats the task. Say what changed: cut, grew, shipped, saved…');
    }
  }

  return { wordCount, speakingSeconds: seconds, lint };
}

export function hasLintErrors(lint: readonly LintFinding[]): boolean {
  return lint.some((f) => f.severity === 'error');
}
