import { labelledSchema, uniqueList } from './item-schema';

/** The five leadership themes a story bank should cover (guide step 1). */
export const THEME_IDS = ['hiring', 'conflict_resolution', 'incident_leadership', 'prioritization', 'cross_team_alignment'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const themes = uniqueList(labelledSchema).parse([
  { id: 'hiring', label: 'Hiring', hint: 'Building the team: defining the role, running the loop, closing and onboarding.' },
  {
    id: 'conflict_resolution',
    label: 'Conflict resolution',
    hint: 'A real disagreement, between people or teams, that you helped turn into a decision.',
  },
  {
    id: 'incident_leadership',
    label: 'Incident leadership',
    hint: 'Leading through an outage: command, communication, and what changed afterwards.',
  },
  {
    id: 'prioritization',
    label: 'Prioritization trade-offs',
    hint: 'Choosing between reliability, features and tech debt, and living with what you said no to.',
  },
  {
    id: 'cross_team_alignment',
    label: 'Cross-team alignment',
    hint: 'Getting product, security or other engineering groups to commit to one plan.',
  },
]) as { id: ThemeId; label: string; hint: string }[];

export const themeLabel = (id: string) => themes.find((t) => t.id === id)?.label ?? id;
