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
  /**
   * Most keys one JSON object of a body may have (JSON Resume's widest object has about 20): 60,000 keys in
   * 1 MB held the event loop over a second between parsing, this guard's walk and the schema's checks.
   */
  objectKeys: 1_000,
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

const COLON = 0x3a;

/**
 * What is wrong with raw JSON text before it is parsed: objects and arrays nested deeper than INPUT_LIMITS.depth,
 * or an object with more than INPUT_LIMITS.objectKeys keys. One pass over the characters (brackets and colons
 * inside strings do not count) that stops at the first problem: parsing 1 MB of `[[[[…` alone held the event
 * loop a second, only for the depth rule to refuse it after.
 */
export function rawJsonProblem(text: string): string | null {
  // Per open level: its count of keys, or -1 for an array.
  const keys: number[] = [];
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (keys.length >= INPUT_LIMITS.depth)
        return `must not be nested more than ${INPUT_LIMITS.depth} levels deep`;
      keys.push(code === OPEN_BRACE ? 0 : -1);
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) keys.pop();
    else if (code === COLON && keys.length > 0 && keys[keys.length - 1]! >= 0) {
      const count = (keys[keys.length - 1] = keys[keys.length - 1]! + 1);
      if (count > INPUT_LIMITS.objectKeys)
        return `must not have more than ${INPUT_LIMITS.objectKeys} keys in one object`;
    }
  }
  return null;
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
