/**
 * `pnpm openapi:lint` writes the OpenAPI document the routes generate (the one served at /docs/json) to the
 * path given, so redocly can lint it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateOpenApiDocument } from './openapi-document.js';

const target = process.argv[2];
if (!target) throw new Error('usage: tsx scripts/openapi.ts <output.json>');

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(await generateOpenApiDocument(), null, 2)}\n`);
