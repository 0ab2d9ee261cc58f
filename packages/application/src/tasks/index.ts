export * from './manage-tasks.js';
export * from './task-view.js';
export * from './tasks-contributor.js';
export * from './task-subject.js';
