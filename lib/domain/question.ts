import modelData from '@/lib/guide/question-model.json';
import { questionLexicon } from '@/lib/guide/question-lexicon';
import { type QuestionModel, type QuestionUnderstanding, understandQuestionWith } from './question-understanding';

/** The committed model (npm run train:questions); typed here once so callers need no cast. */
export const questionModel = modelData as QuestionModel;

/** What an interview question asks for, read with the committed model and lexicon. */
export function understandQuestion(text: string): QuestionUnderstanding {
  return understandQuestionWith(text, questionModel, questionLexicon);
}
