export * from './manage-samples.js';
export * from './samples-contributor.js';
