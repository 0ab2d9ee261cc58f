import { fileURLToPath } from 'node:url';

// Resolved from this file, not the working directory (see persistence/migrations-folder.ts): src/ and dist/
// sit at the same depth, so the same relative path reaches <repo>/prompts from both.
export const defaultPromptsFolder = (): string =>
  fileURLToPath(new URL('../../../../../prompts', import.meta.url));
