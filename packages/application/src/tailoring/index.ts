export * from './tailoring-use-cases.js';
