import type { ThemeId } from './themes';

/** Words in a question that point at a leadership theme. Stems, matched at word starts. */
export const themeKeywords: Record<ThemeId, string[]> = {
  hiring: ['hire', 'hiring', 'recruit', 'interview', 'onboard', 'coach', 'mentor', 'grow', 'performance', 'promot', 'talent'],
  conflict_resolution: [
    'conflict',
    'disagree',
    'disagreement',
    'argument',
    'tension',
    'pushback',
    'push back',
    'oppos',
    'difficult conversation',
  ],
  incident_leadership: [
    'incident',
    'outage',
    'on-call',
    'oncall',
    'pager',
    'postmortem',
    'post-mortem',
    'post-incident',
    'failure',
    'downtime',
    'sev',
  ],
  prioritization: ['priorit', 'trade-off', 'tradeoff', 'roadmap', 'tech debt', 'said no', 'say no', 'cancel', 'deadline', 'budget', 'cost'],
  cross_team_alignment: [
    'stakeholder',
    'cross-team',
    'alignment',
    'align',
    'partner',
    'product team',
    'security team',
    'influence',
    'migrat',
    'adopt',
  ],
};
