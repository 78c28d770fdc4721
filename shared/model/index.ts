export * from './ids';
export * from './lanes';
export * from './order';
export * from './schema';
export * from './templates';
export * from './sample';
export * from './bench-workspace';
export * from './text';
