export * from './enhance-profile-handler.js';
export * from './enhancement.js';
export * from './enhancements-contributor.js';
export * from './manage-enhancements.js';
export * from './enhancement-events.js';
export * from './enhancement-task-subject.js';
