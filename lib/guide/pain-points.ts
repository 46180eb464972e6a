export const PAIN_POINT_IDS = ['cost', 'security', 'developer_experience', 'reliability'] as const;
export type PainPointId = (typeof PAIN_POINT_IDS)[number];

export const painPoints: { id: PainPointId; label: string }[] = [
  { id: 'cost', label: 'Cost' },
  { id: 'security', label: 'Security' },
  { id: 'developer_experience', label: 'Developer experience' },
  { id: 'reliability', label: 'Reliability' },
];
