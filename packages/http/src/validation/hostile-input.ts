import type { ValidationIssue } from '../errors/error-envelope.js';

/**
 * Limits every request input obeys whatever its route's schema says, checked before any schema validation,
 * so that no single request can make validation (or what runs after it) do work out of proportion to its size.
 */
export const INPUT_LIMITS = {
  /** Objects and arrays nested deeper than this are refused (JSON Resume needs about 5 levels). */
  depth: 32,
  /**
   * Longest array accepted anywhere; schemas and value objects set tighter limits (a profile holds at most
   * 50 experiences). Without it, 340,000 empty items in a 1 MB body meant 680,000 validation issues.
   */
  arrayItems: 1_000,
} as const;

const NUL = '\u0000';

/**
 * The one rule for text at the edge: no NUL (PostgreSQL cannot store it in text columns) and no unpaired
 * UTF-16 surrogate (not encodable as UTF-8: PostgreSQL refuses it, SQLite silently turns it into U+FFFD).
 */
export function textProblem(text: string): string | null {
  if (text.includes(NUL)) return 'must not contain NUL characters';
  if (!isWellFormed(text)) return 'must not contain unpaired surrogate characters';
  return null;
}

// String.prototype.isWellFormed exists from Node 20 on but not yet in the ES2023 library typings.
const isWellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

/** A name safe to echo back in an error: NUL and unpaired surrogates become U+FFFD. */
export const printable = (text: string): string =>
  (text as string & { toWellFormed(): string }).toWellFormed().split(NUL).join('\uFFFD');

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Whether raw JSON text nests objects and arrays deeper than `limit`, found by one pass over its characters
 * (brackets inside strings do not count) that stops at the first level too deep. Run before `JSON.parse`:
 * parsing 1 MB of `[[[[…` alone held the event loop a second, only for the depth rule to refuse it after.
 */
export function jsonNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth -= 1;
  }
  return false;
}

const childPath = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/u.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key.slice(0, 64))}]`;

/** The first problem found in a parsed request part (`body`, `query`, `params`), or null when it is sane. */
export function findHostileInput(value: unknown, path: string, depth = 0): ValidationIssue | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path, message: problem } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth >= INPUT_LIMITS.depth) {
    return { path, message: `must not be nested more than ${INPUT_LIMITS.depth} levels deep` };
  }
  if (Array.isArray(value)) {
    if (value.length > INPUT_LIMITS.arrayItems) {
      return { path, message: `must have at most ${INPUT_LIMITS.arrayItems} entries` };
    }
    for (let index = 0; index < value.length; index += 1) {
      const issue = findHostileInput(value[index], childPath(path, index), depth + 1);
      if (issue) return issue;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem)
      return {
        path: childPath(path, printable(key)),
        message: `key ${keyProblem}`,
      };
    const issue = findHostileInput(child, childPath(path, key), depth + 1);
    if (issue) return issue;
  }
  return null;
}
