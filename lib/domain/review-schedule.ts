import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';

import type { RehearsalRating } from '@/lib/guide/enums';

const grades: Record<RehearsalRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

// No fuzz: the same history always gives the same schedule, which keeps tests and users' expectations stable.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

/** A card as stored: JSON-safe, dates as ISO strings. */
export type StoredCard = Omit<Card, 'due' | 'last_review'> & { due: string; last_review: string | null };

const toStored = (card: Card): StoredCard => ({
  ...card,
  due: card.due.toISOString(),
  last_review: card.last_review ? card.last_review.toISOString() : null,
});
const fromStored = (card: StoredCard): Card => ({
  ...card,
  due: new Date(card.due),
  last_review: card.last_review ? new Date(card.last_review) : undefined,
});

/** The next card state after rehearsing a prompt with this rating (a new card if never rehearsed). */
export function scheduleReview(previous: StoredCard | null, rating: RehearsalRating, now: Date): StoredCard {
  const card = previous ? fromStored(previous) : createEmptyCard(now);
  return toStored(scheduler.next(card, now, grades[rating]).card);
}
