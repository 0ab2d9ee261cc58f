export * from './usage-contributor.js';
