export * from './scratch-postgres.js';
export * from './document-mother.js';
export * from './sabotage.js';
