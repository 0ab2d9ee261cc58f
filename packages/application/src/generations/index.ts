export * from './generation-limits.js';
export * from './generation-view.js';
export * from './generations-contributor.js';
export * from './get-usage.js';
export * from './manage-generations.js';
export * from './run-generation-pipeline.js';
export * from './start-generation.js';
export * from './generation-tasks.js';
