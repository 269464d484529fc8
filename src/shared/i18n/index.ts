export * from './catalogue';
export * from './format';
export * from './init';
export * from './time-zone';
export * from './explain';
export * from './issue-message';
export * from './zod-resolver';
