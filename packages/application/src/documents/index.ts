export * from './document-view.js';
export * from './documents-contributor.js';
export * from './manage-documents.js';
export * from './export-document.js';
