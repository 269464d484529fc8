export * from './catalogue';
export * from './format';
export * from './init';
export * from './time-zone';
