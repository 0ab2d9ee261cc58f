export * from './entity-event-log.js';
