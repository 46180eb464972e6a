import type { Lexicon } from '@/lib/domain/question-understanding';
import { questionConcepts } from './question-concepts';
import { questionSynonyms } from './question-synonyms';

/** The words Starboard reads interview questions with: platform synonyms and concept groups (both data). */
export const questionLexicon: Lexicon = { synonyms: questionSynonyms, concepts: questionConcepts };
