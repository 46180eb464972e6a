export * from './competencies';
export * from './pain-points';
export * from './themes';
export * from './evidence-labels';
