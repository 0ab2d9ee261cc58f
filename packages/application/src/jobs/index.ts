export * from './catalog.js';
export * from './create-job.js';
export * from './job-keywords.js';
export * from './job-view.js';
export * from './jobs-contributor.js';
export * from './manage-jobs.js';
export * from './parse-job-text.js';
export * from './tracker.js';
export { keywordsOf } from './job-keywords.js';
