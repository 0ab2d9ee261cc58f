/**
 * The optional shared corpus: other people's resumes and postings kept beside the repository in
 * `../shared/data` (never copied into it). A fresh clone has no such folder, so the corpus suite
 * (tests/corpus) is skipped there; CI lays the folder beside its clone, and under `CI=true` a missing
 * corpus is an error rather than a silent skip.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

export const corpusDir = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
export const corpusAvailable = existsSync(corpusDir);

if (!corpusAvailable && process.env.CI === 'true') {
  throw new Error(`CI=true but the shared corpus is missing: expected it at ${corpusDir}`);
}

/** `describe` that runs only when the corpus is there. */
export const describeCorpus = describe.skipIf(!corpusAvailable);

/** A corpus file's path (relative to ../shared/data). */
export const corpusPath = (relative: string): string => `${corpusDir}${relative}`;
export const readCorpus = (relative: string): string => readFileSync(corpusPath(relative), 'utf8');
export const corpusBytes = (relative: string): Buffer => readFileSync(corpusPath(relative));

/** The file names in a corpus folder with the given ending, sorted, without the licence files. */
export const corpusFiles = (folder: string, ending: string): string[] =>
  corpusAvailable
    ? readdirSync(corpusPath(folder))
        .filter((name) => name.endsWith(ending) && !name.startsWith('LICENSE'))
        .sort()
    : [];
