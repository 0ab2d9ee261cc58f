import type { KnipConfig } from 'knip';

/**
 * `pnpm knip` (run by `pnpm lint`): unused files, dependencies and exports. Every exception below says why.
 */
const config: KnipConfig = {
  // An export its own module uses is part of that module's shape (schemas composed in the same file); only
  // exports nobody reads at all are reported.
  ignoreExportsUsedInFile: true,
  workspaces: {
    '.': {
      entry: [
        // Run by hand or from package.json / README (`npx tsx scripts/build-vocabulary.ts …`).
        'scripts/*.ts',
        'bench/*.ts',
        // Run by .ci/run.
        '.ci/*.mjs',
      ],
      project: ['scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts', '.ci/**/*.mjs', '*.config.ts'],
      // Read through its file paths (createRequire().resolve of its example resumes), not imported.
      ignoreDependencies: ['@jsonresume/schema'],
    },
    'packages/http': {
      entry: ['src/cli/*.ts'],
      project: ['src/**/*.ts', 'test/**/*.ts'],
      // Named as pino's transport target (a string) in development logging.
      ignoreDependencies: ['pino-pretty'],
    },
    'packages/infrastructure': {
      entry: [
        // Loaded by path into worker threads (document-worker-pool.ts).
        'src/text/document-worker.ts',
        'src/documents/render-worker.ts',
        // A compile-time check that the two dialects' schemas agree: imported by nothing, type-checked by tsc.
        'src/persistence/schema/parity.ts',
      ],
      project: ['src/**/*.ts', 'test/**/*.ts'],
      // Its wasm subsetter is loaded by path (createRequire().resolve('harfbuzzjs/dist/…')).
      ignoreDependencies: ['harfbuzzjs'],
    },
    'packages/*': {
      project: ['src/**/*.ts', 'test/**/*.ts'],
    },
  },
  // System tools, not npm packages: poppler-utils in the PDF checks (installed by .ci/run), diff in
  // `pnpm client:check`, setpriv (util-linux) to start the replayed image as a non-root user.
  ignoreBinaries: ['pdftoppm', 'pdffonts', 'pdftotext', 'diff', 'setpriv'],
};

export default config;
