export * from './calendar-feeds.js';
