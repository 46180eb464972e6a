export * from './competencies';
export * from './pain-points';
export * from './themes';
export * from './evidence-labels';
export * from './guide-schema';
export * from './platform-em-guide';
export * from './prompts';
