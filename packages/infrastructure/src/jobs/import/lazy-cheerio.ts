import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio';

let loaded: typeof Cheerio | undefined;

/**
 * cheerio (with parse5, css-select and undici, which its entry point pulls in) is ~6 MB of heap and ~15 MB
 * of resident memory that only a job import from a page needs. The posting page reader is synchronous, so
 * it cannot `await import()`: cheerio's CommonJS build is required on first use instead. Every module here
 * goes through this accessor, so only that one copy of cheerio is ever loaded.
 */
export function cheerio(): typeof Cheerio {
  loaded ??= createRequire(import.meta.url)('cheerio') as typeof Cheerio;
  return loaded;
}
