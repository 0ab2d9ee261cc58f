export * from './system/check-readiness.js';
export * from './auth/index.js';
export * from './jobs/index.js';
export * from './profiles/index.js';
export * from './tailoring/index.js';
export * from './usage/index.js';
export * from './tasks/index.js';
export * from './samples/index.js';
