export * from './local-sample-file-store.js';
