import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the "source" export condition): no build needed.
  resolve: { conditions: ['source', 'module', 'node', 'development|production'] },
  // Tests run in Node as the server does, so no "module" condition here: packages such as the AWS SDK point it
  // at builds for bundlers (extension-less imports) that Node cannot load.
  ssr: { resolve: { conditions: ['source', 'node', 'development|production'] } },
  test: {
    // One layout: a package's tests live in its test/ folder, mirroring src/ (the lint refuses a test file in
    // src/, which would run nowhere).
    include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    pool: 'forks',
    // Most files wait on PostgreSQL, SQLite files or child processes: two workers keep a 2-core machine busy
    // (vitest's default of one per spare core leaves one worker on CI).
    maxWorkers: 2,
    // eventsource-parser (under the MCP SDK's client) publishes its TypeScript under a "source" condition too:
    // Node cannot load that, so vite transforms it like our own sources.
    server: { deps: { inline: [/@modelcontextprotocol\/sdk/, 'eventsource', 'eventsource-parser'] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
