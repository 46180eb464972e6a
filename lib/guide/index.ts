export * from './competencies';
export * from './pain-points';
export * from './themes';
