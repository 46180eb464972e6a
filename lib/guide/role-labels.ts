import type { RoleStatus, RoundKind } from './enums';

export const roleStatusLabels: Record<RoleStatus, string> = {
  researching: 'Researching',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  closed: 'Closed',
};

export const roundLabels: Record<RoundKind, string> = {
  recruiter: 'Recruiter screen',
  hiring_manager: 'Hiring manager',
  peer: 'Peer',
  skip_level: 'Skip-level',
  technical: 'Technical',
  system_design: 'System design',
  panel: 'Panel',
  other: 'Other',
};
