import type { RandomSource } from './random';

export type DrawablePrompt = { id: string; themes: readonly string[] };

export type DrawContext = {
  /** Evidence strength per theme: 0 uncovered, 1 thin, 2 covered (from the competency matrix). */
  themeStrength: Readonly<Record<string, number>>;
  /** Prompts due for review under spaced repetition. */
  dueIds: ReadonlySet<string>;
  /** Recently drawn prompt ids, most recent first. */
  recentIds: readonly string[];
  random: RandomSource;
  /** What a target role's posting stresses: each theme's share of its emphasis (0..1). Draws lean toward them. */
  themeFocus?: Readonly<Record<string, number>>;
};

export const NO_REPEAT_WINDOW = 5;
const GAP_BOOST = [3, 1.5, 0] as const; // by strength 0, 1, 2+
const DUE_BOOST = 2;
/** A theme holding all of a posting's emphasis adds this much weight (a third of it, a third as much): enough to make the stressed themes most of the draws even where every theme is a gap. */
const FOCUS_BOOST = 24;

/** How much more often a prompt should come up: base 1, plus gaps in its themes, plus being due, plus a role's focus. */
export function promptWeight(prompt: DrawablePrompt, ctx: Pick<DrawContext, 'themeStrength' | 'dueIds' | 'themeFocus'>): number {
  const gap = prompt.themes.reduce((max, t) => Math.max(max, GAP_BOOST[Math.min(2, ctx.themeStrength[t] ?? 0)]!), 0);
  const focus = prompt.themes.reduce((max, t) => Math.max(max, ctx.themeFocus?.[t] ?? 0), 0);
  return 1 + gap + (ctx.dueIds.has(prompt.id) ? DUE_BOOST : 0) + FOCUS_BOOST * focus;
}

function weightedPick<T>(items: readonly T[], weight: (item: T) => number, random: RandomSource): T {
  const weights = items.map(weight);
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i]!;
    if (r < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

/**
 * Draws one prompt, optionally within a theme, weighted toward gaps and due reviews.
 * A prompt among the last five draws comes back only when nothing else is left.
 */
export function drawPrompt<P extends DrawablePrompt>(prompts: readonly P[], ctx: DrawContext, theme?: string): P | null {
  const pool = theme ? prompts.filter((p) => p.themes.includes(theme)) : prompts;
  if (pool.length === 0) return null;
  const recent = ctx.recentIds.slice(0, NO_REPEAT_WINDOW);
  const fresh = pool.filter((p) => !recent.includes(p.id));
  // Everything was seen recently: take the one seen longest ago.
  const candidates = fresh.length > 0 ? fresh : [pool.reduce((a, b) => (recent.indexOf(a.id) > recent.indexOf(b.id) ? a : b))];
  return weightedPick(candidates, (p) => promptWeight(p, ctx), ctx.random);
}

/**
 * The themes of a mock interview: each theme once in random order, or, with a role's focus, drawn
 * in proportion to it (a theme at most twice), so the stressed themes come up and come up first.
 */
export function mockThemes(themes: readonly string[], ctx: Pick<DrawContext, 'themeFocus' | 'random'>, size: number): string[] {
  const focus = ctx.themeFocus;
  if (!focus || Object.keys(focus).length === 0) return shuffle(themes, ctx.random).slice(0, size);
  const picked: string[] = [];
  const count = (t: string) => picked.filter((p) => p === t).length;
  while (picked.length < size) {
    const open = themes.filter((t) => count(t) < 2);
    if (open.length === 0) break;
    // Every theme keeps a little weight, so a posting silent on one does not shut it out.
    picked.push(weightedPick(open, (t) => 0.05 + (focus[t] ?? 0) / (1 + count(t)), ctx.random));
  }
  return picked;
}

/** Five prompts for a mock interview, each from a different theme (or as a role's focus leans), in random order. */
export function drawMockInterview<P extends DrawablePrompt>(
  prompts: readonly P[],
  themes: readonly string[],
  ctx: DrawContext,
  size = 5,
): P[] {
  const chosen: P[] = [];
  const pickedThemes = mockThemes(themes, ctx, size);
  for (const theme of pickedThemes) {
    const taken = new Set(chosen.map((p) => p.id));
    const prompt = drawPrompt(
      prompts.filter((p) => !taken.has(p.id)),
      { ...ctx, recentIds: [...ctx.recentIds] },
      theme,
    );
    if (prompt) chosen.push(prompt);
  }
  return chosen;
}

/** Fisher-Yates with the injected random source. */
export function shuffle<T>(items: readonly T[], random: RandomSource): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
