import {
  CLOUD_PROVIDERS,
  type CloudProvider,
  DIMENSIONS,
  type Dimension,
  FUNDAMENTAL_AREAS,
  type FundamentalArea,
  PRACTICE_AREAS,
  type PracticeArea,
} from './enums';

/** Labels keyed by each enumeration (lib/guide/enums.ts): a missing or unknown id fails the type-check. */
const practiceAreaText: Record<PracticeArea, { label: string; hint: string }> = {
  on_call: { label: 'On-call maturity', hint: 'Rotations, runbooks, alert quality, load on the people carrying the pager.' },
  incident_command: { label: 'Incident command', hint: 'Running a live incident: roles, comms cadence, decisions under pressure.' },
  post_incident: { label: 'Post-incident follow-through', hint: 'Blameless reviews and the actions that actually get done.' },
};

const dimensionText: Record<Dimension, string> = {
  deployment_speed: 'Deployment speed',
  reliability: 'Reliability',
  cost: 'Cost',
};

const cloudProviderText: Record<CloudProvider, string> = { aws: 'AWS', azure: 'Azure', gcp: 'Google Cloud' };

const fundamentalAreaText: Record<FundamentalArea, { label: string; hint: string }> = {
  networking: { label: 'Networking', hint: 'VPCs, routing, load balancing, DNS, private connectivity.' },
  iam: { label: 'Identity and access', hint: 'Roles, policies, least privilege, federation.' },
  compute: { label: 'Compute', hint: 'VMs, containers, Kubernetes, serverless, autoscaling.' },
  storage: { label: 'Storage', hint: 'Object, block and file storage, lifecycle, backups.' },
  managed_services: { label: 'Managed services', hint: 'Databases, queues and caches you run without running servers.' },
};

export const practiceAreas = PRACTICE_AREAS.map((id) => ({ id, ...practiceAreaText[id] }));
export const dimensions = DIMENSIONS.map((id) => ({ id, label: dimensionText[id] }));
export const cloudProviders = CLOUD_PROVIDERS.map((id) => ({ id, label: cloudProviderText[id] }));
export const fundamentalAreas = FUNDAMENTAL_AREAS.map((id) => ({ id, ...fundamentalAreaText[id] }));

export const depthLabels = ['None yet', 'Aware', 'Working', 'Deep', 'Expert'] as const;

export const iacToolSuggestions = ['Terraform', 'OpenTofu', 'CloudFormation', 'Pulumi', 'CDK', 'Bicep'];

export const labelOf = (list: readonly { id: string; label: string }[], id: string | null | undefined) =>
  list.find((x) => x.id === id)?.label ?? id ?? '';
