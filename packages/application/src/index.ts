export * from './system/check-readiness.js';
export * from './profiles/index.js';
