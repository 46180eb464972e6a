import { guideSchema, type Check } from './guide-schema';
import { competencies } from './competencies';
import { themes } from './themes';

const storyForTheme = (id: string, label: string): Check => ({
  key: `stories.theme.${id}`,
  kind: 'tag_covered',
  source: 'ready_stories',
  tag: 'themes',
  value: id,
  label: `A ready story on ${label.toLowerCase()}`,
  nextAction: `Write a ${label.toLowerCase()} story and get it to ready`,
  href: `/stories/new?theme=${id}`,
});

const depth = (area: 'networking' | 'iam' | 'compute' | 'managed_services', label: string): Check => ({
  key: `fundamentals.${area}`,
  kind: 'depth_at_least',
  area,
  min: 3,
  label: `${label} at depth 3 or more`,
  nextAction: `Go deeper on ${label.toLowerCase()} and note the evidence`,
  href: '/fundamentals',
});

const practice = (area: string, label: string): Check => ({
  key: `practice.${area}`,
  kind: 'tag_covered',
  source: 'practice_and_tagged_stories',
  tag: 'area',
  value: area,
  label: `${label} practised`,
  nextAction: `Log a ${label.toLowerCase()} practice session`,
  href: '/practice',
});

/** The platform / infrastructure engineering manager guide: six next steps as checkable data. */
export const platformEmGuide = guideSchema.parse({
  id: 'platform-em',
  title: 'Engineering Manager, Platform / Infrastructure',
  themes,
  competencies,
  dimensionCompetencies: {
    deployment_speed: ['developer_experience', 'release_engineering', 'platform_as_product'],
    reliability: ['own_reliability', 'reliability_engineering', 'measurable_reliability'],
    cost: ['cloud_strategy', 'cost_management', 'cost_vs_reliability'],
  },
  operationalCompetencies: {
    on_call: ['operational_practice'],
    incident_command: ['org_incident_leadership'],
    post_incident: ['reliability_engineering'],
  },
  steps: [
    {
      step: 1,
      key: 'leadership_stories',
      title: 'Leadership stories',
      summary: 'Three to five ready STAR stories covering the five leadership themes.',
      checks: [
        { key: 'stories.count', kind: 'count_at_least', source: 'ready_stories', min: 3, label: 'At least 3 ready stories', nextAction: 'Finish a draft or write a new story until three are ready', href: '/stories' },
        ...themes.map((t) => storyForTheme(t.id, t.label)),
      ],
    },
    {
      step: 2,
      key: 'platform_fundamentals',
      title: 'Platform fundamentals',
      summary: 'One cloud provider in depth and one infrastructure-as-code tool.',
      checks: [
        { key: 'fundamentals.provider', kind: 'field_set', field: 'cloud_provider', label: 'A primary cloud provider chosen', nextAction: 'Pick the cloud provider you will go deep on', href: '/fundamentals' },
        depth('networking', 'Networking'),
        depth('iam', 'Identity and access'),
        depth('compute', 'Compute'),
        depth('managed_services', 'Managed services'),
        { key: 'fundamentals.iac', kind: 'depth_at_least', area: 'iac', min: 3, label: 'One IaC tool at depth 3 or more', nextAction: 'Name your IaC tool and build depth in it', href: '/fundamentals' },
      ],
    },
    {
      step: 3,
      key: 'platform_case_study',
      title: 'Platform case study',
      summary: 'One case study with measurable results on speed, reliability or cost.',
      checks: [
        { key: 'case_study.written', kind: 'count_at_least', source: 'written_case_studies', min: 1, label: 'A case study with every section written', nextAction: 'Fill in every section of a case study', href: '/case-studies' },
        { key: 'case_study.measured', kind: 'count_at_least', source: 'measured_case_studies', min: 1, label: 'A before/after metric linked to it', nextAction: 'Add a metric with a before value and link it to the case study', href: '/metrics' },
        { key: 'case_study.dimension', kind: 'categories_at_least', source: 'complete_case_studies', field: 'dimension', min: 1, allowed: ['deployment_speed', 'reliability', 'cost'], label: 'It improved deployment speed, reliability or cost', nextAction: 'Complete a case study on deployment speed, reliability or cost', href: '/case-studies' },
      ],
    },
    {
      step: 4,
      key: 'operational_leadership',
      title: 'Operational leadership',
      summary: 'Practice on-call maturity, incident command and post-incident follow-through.',
      checks: [practice('on_call', 'On-call maturity'), practice('incident_command', 'Incident command'), practice('post_incident', 'Post-incident follow-through')],
    },
    {
      step: 5,
      key: 'resume_metrics',
      title: 'Resume and LinkedIn metrics',
      summary: 'Quantified impact on your resume and LinkedIn.',
      checks: [
        { key: 'metrics.count', kind: 'count_at_least', source: 'metrics', min: 3, label: 'At least 3 quantified metrics', nextAction: 'Add impact metrics until you have three', href: '/metrics' },
        { key: 'metrics.resume', kind: 'count_at_least', source: 'metrics_on_resume', min: 3, label: 'At least 3 on your resume', nextAction: 'Put three metric bullets on your resume and mark them', href: '/metrics' },
        { key: 'metrics.linkedin', kind: 'count_at_least', source: 'metrics_on_linkedin', min: 1, label: 'At least 1 on LinkedIn', nextAction: 'Add one metric to your LinkedIn profile and mark it', href: '/metrics' },
      ],
    },
    {
      step: 6,
      key: 'network_and_tailor',
      title: 'Network and tailor',
      summary: 'Talk to platform leaders in your target industry and tailor your story to their pain points.',
      checks: [
        { key: 'network.industry', kind: 'field_set', field: 'target_industry', label: 'A target industry set', nextAction: 'Set the industry you are targeting', href: '/network' },
        { key: 'network.conversations', kind: 'count_at_least', source: 'contacts_in_target_industry', min: 3, label: '3 conversations in that industry', nextAction: 'Talk to another platform leader in your target industry', href: '/network' },
        { key: 'network.pain_points', kind: 'categories_at_least', source: 'contacts', field: 'painPoints', min: 2, label: 'Pain points in at least 2 categories', nextAction: 'Ask about cost, security, developer experience or reliability and note it', href: '/network' },
        { key: 'network.tailored', kind: 'linked_at_least', min: 1, label: 'A story or case study answers a captured pain point', nextAction: 'Tag a story or case study with a pain point you heard', href: '/stories' },
      ],
    },
  ],
});
