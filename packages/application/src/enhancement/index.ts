export * from './enhance-profile-handler.js';
export * from './enhancement.js';
export * from './enhancements-contributor.js';
export * from './manage-enhancements.js';
