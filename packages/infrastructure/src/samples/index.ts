export * from './storage-sample-file-store.js';
