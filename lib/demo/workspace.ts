import type { CaseStudyInput, ContactInput, FundamentalsInput, MetricInput, PracticeInput } from '@/lib/validation/evidence';
import { demoStories } from './stories';

type DemoMetric = Omit<MetricInput, 'storyId' | 'caseStudyId'> & { caseStudy?: 'golden_path' | 'observability' };

/** A realistic, deliberately unfinished workspace so every screen has something to show and something to fix. */
export const demoWorkspace = {
  targetIndustry: 'Fintech',
  stories: demoStories,
  caseStudies: {
    golden_path: {
      title: 'A golden path that cut lead time from days to hours',
      dimension: 'deployment_speed',
      context:
        'Forty services at a payments company, each with a hand-built pipeline. New services took two weeks to reach production and deploy failures were routine.',
      role: 'I led the platform team of seven, set the roadmap and negotiated adoption with six product teams.',
      approach:
        'We interviewed twelve developers, built a service template with CI, observability and security defaults, piloted it with two volunteer teams and then migrated the rest in three waves with a migration day per team.',
      tradeoffs:
        'We paused the service mesh for two quarters, accepted that legacy services would keep bespoke pipelines for a while, and chose opinionated defaults over flexibility.',
      outcome: 'Median lead time fell from 3 days to 4 hours and 34 of 40 services adopted the template within two quarters.',
      painPoints: ['developer_experience'],
    },
    observability: {
      title: 'Consolidating observability vendors',
      dimension: 'cost',
      context: 'Three overlapping monitoring tools with separate contracts and no shared dashboards.',
      role: 'I owned the vendor relationships and the migration plan.',
      approach: 'Usage audit, a single standard, and a six-month migration with dual-running for critical alerts.',
      tradeoffs: '',
      outcome: 'One vendor, one set of dashboards, and a lower bill.',
      painPoints: ['cost'],
    },
  } satisfies Record<string, Omit<CaseStudyInput, 'painPoints'> & { painPoints: CaseStudyInput['painPoints'] }>,
  metrics: [
    { label: 'Deploy lead time', direction: 'decrease', baseline: 72, result: 4, unit: 'hours', timeframe: 'two quarters', context: 'Median, commit to production.', onResume: true, onLinkedin: false, caseStudy: 'golden_path' },
    { label: 'Deploy failure rate', direction: 'decrease', baseline: 18, result: 3, unit: '%', timeframe: 'one quarter', context: 'Failed pipeline runs over all runs.', onResume: true, onLinkedin: false },
    { label: 'Cloud spend', direction: 'decrease', baseline: 4_100_000, result: 3_000_000, unit: '$', timeframe: 'three quarters', context: 'Annualised platform AWS spend.', onResume: true, onLinkedin: false },
    { label: 'Gateway incidents per quarter', direction: 'decrease', baseline: 9, result: 3, unit: '', timeframe: 'two quarters', context: 'Sev-2 and above.', onResume: true, onLinkedin: false },
    { label: 'Services on the golden path', direction: 'increase', baseline: null, result: 34, unit: 'services', timeframe: 'in two quarters', context: 'Out of 40.', onResume: false, onLinkedin: false, caseStudy: 'golden_path' },
    { label: 'Checkout recovery time', direction: 'decrease', baseline: 130, result: 38, unit: 'min', timeframe: '', context: 'Black Friday incident versus the year before.', onResume: false, onLinkedin: false },
    { label: 'On-call rotation size', direction: 'increase', baseline: 6, result: 10, unit: 'engineers', timeframe: 'in 10 weeks', context: 'After the SRE hiring push.', onResume: false, onLinkedin: false },
    { label: 'Offer acceptance', direction: 'increase', baseline: 40, result: 80, unit: '%', timeframe: 'one quarter', context: 'SRE hiring loop.', onResume: false, onLinkedin: false },
    { label: 'Review turnaround', direction: 'decrease', baseline: 48, result: 6, unit: 'hours', timeframe: 'one quarter', context: 'CI team pull requests.', onResume: false, onLinkedin: false },
    { label: 'Monitoring vendors', direction: 'decrease', baseline: 3, result: 1, unit: '', timeframe: 'six months', context: 'Consolidation project.', onResume: false, onLinkedin: false, caseStudy: 'observability' },
  ] satisfies DemoMetric[] as DemoMetric[],
  fundamentals: {
    cloudProvider: 'aws',
    areas: {
      networking: { depth: 3, evidence: 'Designed the hub-and-spoke VPC layout and private endpoints for the payments estate.' },
      iam: { depth: 2, evidence: 'Comfortable with roles and policies; have not yet run an org-wide least-privilege programme.' },
      compute: { depth: 4, evidence: 'Ran EKS at 40-service scale, autoscaling and spot strategy.' },
      storage: { depth: 2, evidence: 'S3 lifecycle policies and EBS snapshots.' },
      managed_services: { depth: 3, evidence: 'Operated RDS, MSK and ElastiCache in production.' },
    },
    iacTool: 'Terraform',
    iacDepth: 3,
  } satisfies FundamentalsInput,
  practice: [
    { area: 'on_call', date: '2026-10-06', summary: 'Rebalanced the on-call rotation and cut noisy alerts by a third.', reflection: 'Ask the team before tuning thresholds; they knew which alerts were noise.' },
    { area: 'incident_command', date: '2026-10-20', summary: 'Ran a region-failover game day as incident commander.', reflection: 'Hand comms to a scribe in the first five minutes next time.' },
    { area: 'on_call', date: '2026-11-03', summary: 'Wrote runbooks for the five most frequent pages.', reflection: '' },
  ] satisfies PracticeInput[],
  contacts: [
    { name: 'Dana Ortiz', role: 'VP Platform', company: 'Ledgerly', industry: 'Fintech', metOn: '2026-10-14', painPoints: ['cost', 'security'], notes: 'Cloud bill doubled after a migration; auditors want least privilege everywhere.', followUpOn: '2026-12-01' },
    { name: 'Sam Whitfield', role: 'Head of SRE', company: 'Northpay', industry: 'Fintech', metOn: '2026-10-28', painPoints: ['reliability'], notes: 'Card authorisations need four nines; on-call is burning people out.', followUpOn: null },
    { name: 'Priya Raman', role: 'Director of Developer Productivity', company: 'Shoplane', industry: 'E-commerce', metOn: '2026-09-30', painPoints: ['developer_experience'], notes: 'Build times are the top complaint in their developer survey.', followUpOn: null },
    { name: 'Tom Becker', role: 'Platform Lead', company: 'CareGrid', industry: 'Healthcare', metOn: '2026-09-12', painPoints: ['security'], notes: 'Compliance reviews take weeks per launch.', followUpOn: null },
    { name: 'Aisha Bello', role: 'CTO', company: 'Fleetwise', industry: 'Logistics', metOn: '2026-08-25', painPoints: ['cost'], notes: 'Startup; wants someone to own the cloud bill and reliability at once.', followUpOn: null },
  ] satisfies ContactInput[],
};
