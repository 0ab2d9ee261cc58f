/** Reading the demo's input files, each failure turned into one sentence that names the file. */
import { readFileSync, statSync } from 'node:fs';

export class DemoInputError extends Error {}

function readInput(path: string, what: string): string {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new DemoInputError(`the ${what} ${path} is not a file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof DemoInputError) throw error;
    throw new DemoInputError(`the ${what} ${path} does not exist or cannot be read`);
  }
  if (size === 0) throw new DemoInputError(`the ${what} ${path} is empty`);
  return readFileSync(path, 'utf8');
}

export const readTextInput = (path: string, what: string): string => readInput(path, what);

export function readJsonInput(path: string, what: string): unknown {
  const text = readInput(path, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DemoInputError(
      `the ${what} ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
