export const practiceAreas = [
  { id: 'on_call', label: 'On-call maturity', hint: 'Rotations, runbooks, alert quality, load on the people carrying the pager.' },
  { id: 'incident_command', label: 'Incident command', hint: 'Running a live incident: roles, comms cadence, decisions under pressure.' },
  { id: 'post_incident', label: 'Post-incident follow-through', hint: 'Blameless reviews and the actions that actually get done.' },
] as const;

export const dimensions = [
  { id: 'deployment_speed', label: 'Deployment speed' },
  { id: 'reliability', label: 'Reliability' },
  { id: 'cost', label: 'Cost' },
] as const;

export const cloudProviders = [
  { id: 'aws', label: 'AWS' },
  { id: 'azure', label: 'Azure' },
  { id: 'gcp', label: 'Google Cloud' },
] as const;

export const fundamentalAreas = [
  { id: 'networking', label: 'Networking', hint: 'VPCs, routing, load balancing, DNS, private connectivity.' },
  { id: 'iam', label: 'Identity and access', hint: 'Roles, policies, least privilege, federation.' },
  { id: 'compute', label: 'Compute', hint: 'VMs, containers, Kubernetes, serverless, autoscaling.' },
  { id: 'storage', label: 'Storage', hint: 'Object, block and file storage, lifecycle, backups.' },
  { id: 'managed_services', label: 'Managed services', hint: 'Databases, queues and caches you run without running servers.' },
] as const;

export const depthLabels = ['None yet', 'Aware', 'Working', 'Deep', 'Expert'] as const;

export const iacToolSuggestions = ['Terraform', 'OpenTofu', 'CloudFormation', 'Pulumi', 'CDK', 'Bicep'];

export const labelOf = (list: readonly { id: string; label: string }[], id: string | null | undefined) =>
  list.find((x) => x.id === id)?.label ?? id ?? '';
