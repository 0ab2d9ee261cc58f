export * from './system/check-readiness.js';
