import type { StarPart } from '@/lib/domain/star-lint';

export const starGuidance: Record<StarPart, { label: string; hint: string; placeholder: string }> = {
  situation: {
    label: 'Situation',
    hint: 'Set the scene in two or three sentences: the team, the system, what was at stake.',
    placeholder: 'Our platform team of 8 ran CI for 40 services…',
  },
  task: {
    label: 'Task',
    hint: 'What you personally owned or were asked to change, and the constraint you had.',
    placeholder: 'I had to cut deploy lead time without pausing feature work…',
  },
  action: {
    label: 'Action',
    hint: 'The longest part: what you did, in order, with "I". Decisions, trade-offs, people you moved.',
    placeholder: 'I measured the pipeline end to end, then…',
  },
  result: {
    label: 'Result',
    hint: 'The measurable outcome and when: numbers, before and after, what lasted.',
    placeholder: 'Within two quarters lead time fell from 22 hours to 3…',
  },
};
