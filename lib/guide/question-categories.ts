import type { OtherCategory } from './question-corpus';

/** How Starboard names what a question asks about when it needs no leadership story. */
export const questionCategories: Record<OtherCategory, { label: string; about: string }> = {
  motivation: { label: 'Motivation', about: 'your motivation' },
  compensation: { label: 'Compensation', about: 'pay and compensation' },
  technical: { label: 'Technical knowledge', about: 'technical knowledge' },
  system_design: { label: 'System design', about: 'system design' },
  company: { label: 'The company', about: 'what you know about the company' },
  logistics: { label: 'Logistics', about: 'logistics such as dates, notice and location' },
  self_assessment: { label: 'Self-assessment', about: 'how you see yourself' },
  closing: { label: 'Your questions', about: 'the questions you want to ask them' },
};

export const questionCategoryOf = (id: string) =>
  questionCategories[id as OtherCategory] ?? { label: id, about: 'something other than a story' };
