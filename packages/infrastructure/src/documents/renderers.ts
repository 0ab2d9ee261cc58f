// The PDF and DOCX renderers themselves, for code that renders directly (benchmarks, fixture generators).
// Kept out of the package's main entry so importing it does not load pdf-lib, fontkit and docx; the server
// renders in its render workers instead (PooledDocumentRenderer, render-worker.ts).
export * from './pdf/pdf-lib-document-renderer.js';
export * from './docx/docx-document-renderer.js';
