/**
 * `pnpm client:generate` writes the types of packages/client from the OpenAPI document the routes generate;
 * `pnpm client:check` (CI) generates them to a temporary file and fails with the diff when the committed
 * file differs, so a route change without a regenerated client cannot land.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from 'openapi-typescript';
import { generateOpenApiDocument } from './openapi-document.js';

const committed = fileURLToPath(new URL('../packages/client/src/generated/openapi.ts', import.meta.url));
const check = process.argv.includes('--check');

// The swagger plugin's document type and openapi-typescript's are two descriptions of the same JSON.
const document: OpenAPI3 = JSON.parse(JSON.stringify(await generateOpenApiDocument()));
const types = COMMENT_HEADER + astToString(await openapiTS(document, { silent: true }));

if (!check) {
  writeFileSync(committed, types);
  console.log(`wrote ${relative(process.cwd(), committed)}`);
} else {
  const work = mkdtempSync(join(tmpdir(), 'tailor-client-'));
  const fresh = join(work, 'openapi.ts');
  writeFileSync(fresh, types);
  try {
    if (readFileSync(committed, 'utf8') === types) {
      console.log('packages/client is up to date with the OpenAPI document');
    } else {
      let diff = '';
      try {
        execFileSync('diff', ['-u', committed, fresh], { encoding: 'utf8' });
      } catch (error) {
        diff = error instanceof Error && 'stdout' in error ? String(error.stdout) : '';
      }
      console.error(diff.split('\n').slice(0, 80).join('\n'));
      console.error(
        'packages/client is out of date with the routes: run `pnpm client:generate` and commit it',
      );
      process.exitCode = 1;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
