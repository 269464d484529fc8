// `translatedZodResolver` is imported from './zod-resolver' itself: through this barrel it would
// put react-hook-form and its resolvers into the first script every screen loads.
export * from './catalogue';
export * from './format';
export * from './init';
export * from './time-zone';
export * from './explain';
export * from './issue-message';
