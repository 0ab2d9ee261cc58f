export * from './scratch-postgres.js';
