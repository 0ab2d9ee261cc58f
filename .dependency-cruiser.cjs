/**
 * The dependency rule of ARCHITECTURE.md, enforced by `pnpm lint`:
 * domain → nothing; application → domain; infrastructure → domain (+ drivers); http → all three, but only
 * the composition root may touch concrete adapters; the generated client stands alone. Tests may reach further (fakes, harnesses), never src.
 */
const TEST = '(\\.test\\.ts$|/test/)';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain imports nothing outside itself: no packages, no node: modules, no other layer.',
      severity: 'error',
      from: { path: '^packages/domain/src/', pathNot: TEST },
      to: { pathNot: '^packages/domain/src/' },
    },
    {
      name: 'application-imports-only-domain',
      comment: 'use cases see ports, never adapters, frameworks, drivers or node: I/O modules.',
      severity: 'error',
      from: { path: '^packages/application/src/', pathNot: TEST },
      to: { pathNot: '^packages/(application|domain)/src/' },
    },
    {
      name: 'application-tests-stay-pure',
      comment:
        'use-case tests run on in-memory fakes (and read fixture files): no database, framework or adapter.',
      severity: 'error',
      from: { path: '^packages/application/test/' },
      to: {
        pathNot: [
          '^packages/(application|domain)/src/',
          '^packages/application/test/',
          '^tests/support/fixtures\\.ts$',
          'node_modules/(vitest|@vitest|fast-check|ajv|ajv-formats)/',
        ],
      },
    },
    {
      name: 'tests-live-in-test-folders',
      comment:
        "one test layout: a package's tests sit in its test/ folder, mirroring src/ (vitest never runs a test in src/).",
      severity: 'error',
      from: { path: '^packages/[^/]+/src/.*\\.test\\.ts$' },
      to: { path: '.' },
    },
    {
      name: 'infrastructure-knows-no-use-cases-or-http',
      severity: 'error',
      from: { path: '^packages/infrastructure/src/' },
      to: { path: '^packages/(application|http)/' },
    },
    {
      name: 'only-the-composition-root-knows-adapters',
      comment: 'routes and plugins use use cases; concrete adapters are wired in composition-root.ts only.',
      severity: 'error',
      from: {
        path: '^packages/http/src/',
        pathNot: ['^packages/http/src/(composition-root|composition/)', TEST],
      },
      to: { path: '^packages/infrastructure/' },
    },
    {
      name: 'the-client-stands-alone',
      comment:
        'packages/client is what an integrator installs: its generated types and openapi-fetch, nothing of ours at runtime.',
      severity: 'error',
      from: { path: '^packages/client/src/' },
      to: { pathNot: ['^packages/client/src/', 'node_modules/(openapi-fetch|eventsource-parser)/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      conditionNames: ['source', 'import', 'types', 'default'],
      exportsFields: ['exports'],
      extensions: ['.ts', '.js', '.json'],
    },
  },
};
