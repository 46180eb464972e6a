/**
 * `npm run train:questions`: trains the question classifier on lib/guide/question-corpus and
 * writes lib/guide/question-model.json. Deterministic: the same corpus gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { trainQuestionModel } from '../lib/domain/question-training';
import { COMPETENCY_IDS } from '../lib/guide/competencies';
import { questionCorpus } from '../lib/guide/question-corpus';
import { questionLexicon } from '../lib/guide/question-lexicon';
import { THEME_IDS } from '../lib/guide/themes';

const model = trainQuestionModel(questionCorpus, questionLexicon, { themes: THEME_IDS, competencies: COMPETENCY_IDS });
writeFileSync('lib/guide/question-model.json', JSON.stringify(model) + '\n');
console.log(
  `[train] ${questionCorpus.length} questions, ${Object.keys(model.theme.logLikelihood).length} theme features; ` +
    `temperatures: kind ${model.kind.temperature}, theme ${model.theme.temperature}, competency ${model.competency.temperature}`,
);
