/**
 * Every enumeration the app stores, defined once. The database schema, the zod schemas and the
 * labels all derive from these lists, so a value cannot be added in one place and missed in another.
 */
export const STORY_STATUSES = ['draft', 'ready'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** What a platform case study moved. */
export const DIMENSIONS = ['deployment_speed', 'reliability', 'cost'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const METRIC_DIRECTIONS = ['decrease', 'increase'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

export const CLOUD_PROVIDERS = ['aws', 'azure', 'gcp'] as const;
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];

export const FUNDAMENTAL_AREAS = ['networking', 'iam', 'compute', 'storage', 'managed_services'] as const;
export type FundamentalArea = (typeof FUNDAMENTAL_AREAS)[number];

/** Operational-leadership practice the guide asks for. */
export const PRACTICE_AREAS = ['on_call', 'incident_command', 'post_incident'] as const;
export type PracticeArea = (typeof PRACTICE_AREAS)[number];

/** How a rehearsal went, in FSRS's four grades. */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type RehearsalRating = (typeof RATINGS)[number];

/** Where an application to a target role stands. */
export const ROLE_STATUSES = ['researching', 'applied', 'screening', 'interviewing', 'offer', 'closed'] as const;
export type RoleStatus = (typeof ROLE_STATUSES)[number];

/** The kinds of interview round in a loop. */
export const ROUND_KINDS = ['recruiter', 'hiring_manager', 'peer', 'skip_level', 'technical', 'system_design', 'panel', 'other'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
