import { z } from 'zod';
import { COMPETENCY_IDS, type CompetencyId } from './competencies';
import { THEME_IDS, type ThemeId } from './themes';

export type BuiltInPrompt = { id: string; text: string; themes: ThemeId[]; competencies: CompetencyId[] };

const p = (id: string, text: string, themes: ThemeId[], competencies: CompetencyId[] = []): BuiltInPrompt => ({
  id: `builtin.${id}`,
  text,
  themes,
  competencies,
});

const raw: BuiltInPrompt[] = [
  // Hiring and growing the team
  p(
    'hiring.1',
    'Walk me through the last senior engineer you hired onto a platform team. What made you sure?',
    ['hiring'],
    ['grow_team', 'people_leadership'],
  ),
  p(
    'hiring.2',
    'Tell me about a hire that did not work out. What did you change in your process afterwards?',
    ['hiring'],
    ['grow_team', 'people_leadership'],
  ),
  p(
    'hiring.3',
    'How did you design an interview loop for infrastructure engineers, and how did you keep interviewers calibrated?',
    ['hiring'],
    ['grow_team'],
  ),
  p('hiring.4', 'Describe a time you had to grow a team quickly without lowering the bar.', ['hiring'], ['grow_team', 'roadmap_planning']),
  p('hiring.5', 'Tell me about someone you coached from a struggling start to strong performance.', ['hiring'], ['people_leadership']),
  p('hiring.6', 'How have you built a diverse pipeline for SRE or platform roles? Give a concrete example.', ['hiring'], ['grow_team']),
  p(
    'hiring.7',
    'Tell me about a difficult performance conversation with an engineer on your team.',
    ['hiring', 'conflict_resolution'],
    ['people_leadership'],
  ),

  // Conflict resolution
  p(
    'conflict.1',
    'Tell me about two senior engineers who disagreed on a technical direction. How did you get to a decision?',
    ['conflict_resolution'],
    ['architecture_reviews', 'people_leadership'],
  ),
  p(
    'conflict.2',
    'Describe a conflict between your platform team and a product team. What did you do?',
    ['conflict_resolution', 'cross_team_alignment'],
    ['stakeholder_management'],
  ),
  p(
    'conflict.3',
    'Tell me about a time you disagreed with your own manager. How did it end?',
    ['conflict_resolution'],
    ['stakeholder_comms'],
  ),
  p(
    'conflict.4',
    'Describe a time security and developers were at odds over a control. How did you resolve it?',
    ['conflict_resolution'],
    ['security_vs_speed', 'security_basics'],
  ),
  p(
    'conflict.5',
    'Tell me about a decision you made that part of your team opposed. How did you keep their trust?',
    ['conflict_resolution'],
    ['people_leadership'],
  ),
  p(
    'conflict.6',
    'When has a blameless culture been tested on your team, and how did you respond?',
    ['conflict_resolution', 'incident_leadership'],
    ['org_incident_leadership'],
  ),

  // Incident leadership
  p(
    'incident.1',
    'Tell me about the worst outage you led. Walk me through the first thirty minutes.',
    ['incident_leadership'],
    ['org_incident_leadership', 'own_reliability'],
  ),
  p(
    'incident.2',
    'How did you keep executives informed during a major incident without slowing the responders?',
    ['incident_leadership'],
    ['org_incident_leadership', 'stakeholder_comms'],
  ),
  p(
    'incident.3',
    'Describe a post-incident review that led to real change. How did you make sure the actions got done?',
    ['incident_leadership'],
    ['operational_practice', 'reliability_engineering'],
  ),
  p(
    'incident.4',
    'Tell me about an incident where you had to make a risky call with incomplete information.',
    ['incident_leadership'],
    ['systems_thinking'],
  ),
  p(
    'incident.5',
    'How have you improved incident response on a team that kept repeating the same failures?',
    ['incident_leadership'],
    ['operational_practice', 'reliability_engineering'],
  ),
  p(
    'incident.6',
    'Tell me about a time an incident was caused by your own team. How did you handle it?',
    ['incident_leadership'],
    ['org_incident_leadership'],
  ),

  // Prioritization trade-offs
  p(
    'prio.1',
    'Tell me about a time you had to choose between reliability work and a feature leadership wanted.',
    ['prioritization'],
    ['roadmap_planning', 'stakeholder_comms'],
  ),
  p(
    'prio.2',
    'How do you decide how much of your roadmap goes to tech debt? Give a real example.',
    ['prioritization'],
    ['roadmap_planning'],
  ),
  p(
    'prio.3',
    'Describe a project you stopped or cancelled. How did you make and explain the call?',
    ['prioritization'],
    ['stakeholder_comms'],
  ),
  p(
    'prio.4',
    'Tell me about a time you said no to an important stakeholder.',
    ['prioritization', 'cross_team_alignment'],
    ['stakeholder_management'],
  ),
  p(
    'prio.5',
    'How did you build a platform roadmap with outcomes rather than a list of projects?',
    ['prioritization'],
    ['roadmap_planning', 'platform_as_product'],
  ),
  p(
    'prio.6',
    'Tell me about a trade-off between cost and reliability you had to make. What did you give up?',
    ['prioritization'],
    ['cost_vs_reliability', 'cost_management'],
  ),

  // Cross-team alignment
  p(
    'align.1',
    'Tell me about a platform change that needed many teams to migrate. How did you get them to move?',
    ['cross_team_alignment'],
    ['developer_experience', 'stakeholder_management'],
  ),
  p(
    'align.2',
    'Describe how you aligned product, security and engineering on one platform priority.',
    ['cross_team_alignment'],
    ['set_priorities', 'stakeholder_management'],
  ),
  p(
    'align.3',
    'Tell me about a time another team depended on you and you were going to miss the date.',
    ['cross_team_alignment'],
    ['stakeholder_comms'],
  ),
  p(
    'align.4',
    'How have you communicated a risky infrastructure change to non-technical leaders?',
    ['cross_team_alignment'],
    ['stakeholder_comms'],
  ),
  p(
    'align.5',
    'Tell me about a standard you introduced across teams that you had no authority over.',
    ['cross_team_alignment'],
    ['developer_experience'],
  ),
  p(
    'align.6',
    'Describe working with finance or procurement on a cloud or vendor decision.',
    ['cross_team_alignment'],
    ['budgets_vendors', 'cost_management'],
  ),

  // Operational leadership
  p(
    'ops.1',
    'How mature was on-call when you joined your last team, and what did you change?',
    ['incident_leadership'],
    ['operational_practice'],
  ),
  p(
    'ops.2',
    'How do you know whether your on-call rotation is healthy? What do you measure?',
    [],
    ['operational_practice', 'measurable_reliability'],
  ),
  p(
    'ops.3',
    'Walk me through how you run incident command: roles, cadence and hand-offs.',
    ['incident_leadership'],
    ['org_incident_leadership'],
  ),
  p(
    'ops.4',
    'How do you make sure post-incident action items actually get finished?',
    [],
    ['operational_practice', 'reliability_engineering'],
  ),
  p(
    'ops.5',
    'Tell me about an alerting overhaul you led. What got better for the people on call?',
    [],
    ['reliability_engineering', 'operational_practice'],
  ),

  // The platform case study
  p(
    'case.1',
    'Walk me through a platform project you are proud of, end to end, with the numbers.',
    [],
    ['developer_experience', 'release_engineering'],
  ),
  p('case.2', 'Tell me about a time you made deploys faster. How did you measure it?', [], ['release_engineering', 'developer_experience']),
  p(
    'case.3',
    'Describe a reliability improvement you drove and how you proved it worked.',
    [],
    ['own_reliability', 'measurable_reliability'],
  ),
  p(
    'case.4',
    'Tell me about a cost reduction you led in the cloud. What did you decide not to cut?',
    ['prioritization'],
    ['cost_management', 'cost_vs_reliability'],
  ),
  p('case.5', 'What would you do differently if you ran your best platform project again?', [], ['systems_thinking']),

  // Cloud and IaC depth
  p('cloud.1', 'How would you design network isolation for a multi-account cloud setup?', [], ['cloud_fundamentals', 'security_basics']),
  p(
    'cloud.2',
    'Explain how you would roll out least-privilege access across a large cloud estate.',
    [],
    ['security_mindset', 'cloud_fundamentals'],
  ),
  p('cloud.3', 'How do you structure Terraform (or your IaC tool) for many teams without a bottleneck?', [], ['infrastructure_as_code']),
  p('cloud.4', 'Tell me about a time infrastructure as code saved you, or hurt you.', [], ['infrastructure_as_code', 'systems_thinking']),
  p(
    'cloud.5',
    'When would you choose a managed service over running it yourself? Give an example decision.',
    [],
    ['cloud_strategy', 'budgets_vendors'],
  ),
  p('cloud.6', 'How do you plan capacity for a service that is growing fast?', [], ['cloud_strategy', 'systems_thinking']),

  // Cost and reliability trade-offs
  p('cost.1', 'How do you give teams visibility into what their infrastructure costs?', [], ['cost_management']),
  p(
    'cost.2',
    'Tell me how you would cut a cloud bill by 20% without raising risk.',
    ['prioritization'],
    ['cost_vs_reliability', 'cost_management'],
  ),
  p(
    'cost.3',
    'How do you decide how many nines a service really needs?',
    ['prioritization'],
    ['measurable_reliability', 'cost_vs_reliability'],
  ),

  // Platform as a product
  p(
    'product.1',
    'Who are the users of your platform, and how do you know what they need?',
    [],
    ['platform_as_product', 'developer_experience'],
  ),
  p(
    'product.2',
    'How do you measure adoption of an internal platform? What did you do when adoption stalled?',
    ['cross_team_alignment'],
    ['platform_as_product'],
  ),
  p(
    'product.3',
    'What service levels does your platform promise its internal users, and how are they tracked?',
    [],
    ['platform_as_product', 'measurable_reliability'],
  ),
  p('product.4', 'Tell me about a platform feature you built that nobody used. What did you learn?', [], ['platform_as_product']),

  // Security versus developer speed
  p('security.1', 'How do you build security guardrails that do not slow developers down?', [], ['security_vs_speed', 'security_mindset']),
  p(
    'security.2',
    'Tell me about a time you replaced a manual approval with an automated control.',
    ['cross_team_alignment'],
    ['security_vs_speed', 'security_basics'],
  ),
  p('security.3', 'How would you get a platform ready for a compliance audit in one quarter?', [], ['security_mindset', 'security_basics']),
  p('security.4', 'How do you handle secrets management across many services?', [], ['security_basics', 'security_mindset']),

  // Why platform leadership
  p('why.1', 'Why platform leadership rather than leading a product team?', [], ['people_leadership']),
  p(
    'why.2',
    'What kind of platform organisation do you want to build in your next role?',
    [],
    ['people_leadership', 'platform_as_product'],
  ),
  p('why.3', 'What is the biggest mistake you have made as a platform manager?', [], ['people_leadership']),
  p('why.4', 'How do you keep your own technical judgement sharp as a manager?', [], ['systems_thinking']),
];

const promptSchema = z.object({
  id: z.string().regex(/^builtin\.[a-z]+\.\d+$/),
  text: z.string().min(20).max(300),
  themes: z.array(z.enum(THEME_IDS)),
  competencies: z.array(z.enum(COMPETENCY_IDS)).min(1),
});

/** The built-in interview prompts, validated at load. */
export const builtInPrompts: BuiltInPrompt[] = z
  .array(promptSchema)
  .refine((list) => new Set(list.map((x) => x.id)).size === list.length, 'duplicate prompt id')
  .parse(raw) as BuiltInPrompt[];

/**
 * Questions that call for no leadership story, for rounds that ask them (a recruiter screen asks
 * about motivation and logistics; a technical round about systems). Answer them directly; they are
 * drawn only when a mock interview is shaped by such a round.
 */
export const NO_STORY_PROMPT_PREFIX = 'builtin.nostory.';
const noStory = (n: number, round: 'recruiter' | 'technical', text: string) => ({ id: `${NO_STORY_PROMPT_PREFIX}${n}`, round, text });
export const noStoryPrompts = z
  .array(
    z.strictObject({
      id: z.string().startsWith(NO_STORY_PROMPT_PREFIX),
      round: z.enum(['recruiter', 'technical']),
      text: z.string().min(10).max(300),
    }),
  )
  .parse([
    noStory(1, 'recruiter', 'Why are you looking for a new role right now?'),
    noStory(2, 'recruiter', 'What do you know about what our platform team does?'),
    noStory(3, 'recruiter', 'What are you looking for in your next engineering manager role?'),
    noStory(4, 'recruiter', 'What salary range are you targeting?'),
    noStory(5, 'recruiter', 'When could you start, and what notice do you need to give?'),
    noStory(6, 'recruiter', 'Why this company, and why a platform team rather than a product team?'),
    noStory(7, 'recruiter', 'How do you prefer to work: remote, hybrid or in the office?'),
    noStory(8, 'technical', 'Walk me through what happens, end to end, when a pod in Kubernetes cannot be scheduled.'),
    noStory(9, 'technical', 'How would you design multi-region failover for a stateful payments API?'),
    noStory(10, 'technical', 'What would you alert on for a Kafka cluster, and what would you only chart?'),
    noStory(11, 'technical', 'How do you structure Terraform state for fifty teams and three cloud accounts?'),
    noStory(12, 'technical', 'Design a CI/CD pipeline that lets two hundred engineers deploy safely several times a day.'),
  ]);
