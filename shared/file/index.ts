export * from './format';
export * from './errors';
export * from './migrations';
export * from './save';
export * from './load';
