import { competencySchema, uniqueList } from './item-schema';

// The guide's ten responsibilities, ten top skills and five common gaps, restated briefly.
const raw = [
  {
    kind: 'responsibility',
    id: 'grow_team',
    label: 'Growing the team',
    hint: 'Hiring, coaching, feedback and performance for platform engineers.',
  },
  {
    kind: 'responsibility',
    id: 'set_priorities',
    label: 'Setting platform priorities',
    hint: 'Roadmaps agreed with product, security and application leads.',
  },
  {
    kind: 'responsibility',
    id: 'own_reliability',
    label: 'Owning reliability',
    hint: 'Uptime of shared services and better incident response.',
  },
  {
    kind: 'responsibility',
    id: 'developer_experience',
    label: 'Developer experience',
    hint: 'Standard CI/CD, environments and service templates that remove friction.',
  },
  {
    kind: 'responsibility',
    id: 'cloud_strategy',
    label: 'Cloud strategy',
    hint: 'Capacity, scaling, resiliency and spend across the cloud estate.',
  },
  {
    kind: 'responsibility',
    id: 'security_basics',
    label: 'Security in the workflow',
    hint: 'Access control, secrets and patching built into platform paths.',
  },
  {
    kind: 'responsibility',
    id: 'operational_practice',
    label: 'Operational practice',
    hint: 'On-call, runbooks, alerting and post-incident reviews that are measured.',
  },
  {
    kind: 'responsibility',
    id: 'architecture_reviews',
    label: 'Architecture decisions',
    hint: 'Technical direction and reviews for shared infrastructure.',
  },
  {
    kind: 'responsibility',
    id: 'budgets_vendors',
    label: 'Budgets and vendors',
    hint: 'Managed services, observability tools and cloud contracts.',
  },
  {
    kind: 'responsibility',
    id: 'stakeholder_comms',
    label: 'Communicating trade-offs',
    hint: 'Progress, risk and trade-offs told to technical and business audiences.',
  },
  { kind: 'skill', id: 'people_leadership', label: 'People leadership', hint: 'Coaching, hiring, performance and a healthy team culture.' },
  {
    kind: 'skill',
    id: 'stakeholder_management',
    label: 'Stakeholder management',
    hint: 'Aligning product, security and engineering on shared priorities.',
  },
  {
    kind: 'skill',
    id: 'roadmap_planning',
    label: 'Roadmap planning',
    hint: 'Balancing reliability, features and tech debt over quarters.',
  },
  {
    kind: 'skill',
    id: 'cloud_fundamentals',
    label: 'Cloud fundamentals',
    hint: 'Networking, compute, storage and IAM on a major provider.',
  },
  {
    kind: 'skill',
    id: 'reliability_engineering',
    label: 'Reliability engineering',
    hint: 'Monitoring, alerting, incident response and reviews.',
  },
  {
    kind: 'skill',
    id: 'release_engineering',
    label: 'CI/CD and releases',
    hint: 'Pipelines, deployment strategies and environment management.',
  },
  {
    kind: 'skill',
    id: 'infrastructure_as_code',
    label: 'Infrastructure as code',
    hint: 'Terraform-style tooling and configuration management.',
  },
  {
    kind: 'skill',
    id: 'security_mindset',
    label: 'Secure by default',
    hint: 'Least privilege, secrets handling, patching and audit readiness.',
  },
  {
    kind: 'skill',
    id: 'cost_management',
    label: 'Cloud cost management',
    hint: 'Forecasting, usage visibility, right-sizing and unit costs.',
  },
  { kind: 'skill', id: 'systems_thinking', label: 'Systems thinking', hint: 'Judgment about resiliency, scale and how things fail.' },
  {
    kind: 'skill_gap',
    id: 'platform_as_product',
    label: 'Platform as a product',
    hint: 'Knowing your users, measuring adoption and promising service levels.',
  },
  {
    kind: 'skill_gap',
    id: 'measurable_reliability',
    label: 'Measurable reliability',
    hint: 'Turning reliability goals into SLOs, error budgets and metrics.',
  },
  {
    kind: 'skill_gap',
    id: 'security_vs_speed',
    label: 'Security without slowing teams',
    hint: 'Guardrails that keep developers fast instead of approval queues.',
  },
  {
    kind: 'skill_gap',
    id: 'cost_vs_reliability',
    label: 'Cost cuts that keep reliability',
    hint: 'Deciding where to save money without raising risk.',
  },
  {
    kind: 'skill_gap',
    id: 'org_incident_leadership',
    label: 'Incidents as an org leader',
    hint: 'Executive updates, coordination and a culture that learns.',
  },
] as const;

export type CompetencyId = (typeof raw)[number]['id'];
export const COMPETENCY_IDS = raw.map((c) => c.id) as [CompetencyId, ...CompetencyId[]];

export const competencies = uniqueList(competencySchema).parse(raw) as {
  id: CompetencyId;
  kind: 'responsibility' | 'skill' | 'skill_gap';
  label: string;
  hint: string;
}[];

export const competencyKindLabels = {
  responsibility: 'Key responsibilities',
  skill: 'Top skills',
  skill_gap: 'Common skill gaps',
} as const;

export const competencyLabel = (id: string) => competencies.find((c) => c.id === id)?.label ?? id;
