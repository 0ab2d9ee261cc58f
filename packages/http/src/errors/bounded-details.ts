import type { ErrorEnvelope, ValidationIssue } from './error-envelope.js';

/** An error lists at most this many issues; `details.moreIssues` says how many were left out. */
export const MAX_ISSUES = 20;
/** No error body is larger than this (bytes of JSON), whatever the request was. */
export const MAX_ERROR_BODY_BYTES = 16 * 1024;

const MAX_PATH = 200;
const MAX_MESSAGE = 300;

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const clipIssue = (issue: unknown): ValidationIssue => {
  const { path, message } = (issue ?? {}) as Partial<ValidationIssue>;
  return {
    path: clip(typeof path === 'string' ? path : String(path ?? ''), MAX_PATH),
    message: clip(typeof message === 'string' ? message : 'is invalid', MAX_MESSAGE),
  };
};

/**
 * Keeps an error body small whatever produced it (zod, a value object, a framework error): the first
 * MAX_ISSUES issues with clipped paths and messages, then, as a last resort, details without their extras.
 */
export function boundErrorBody(body: ErrorEnvelope): ErrorEnvelope {
  const { code, message, details } = body.error;
  let bounded: Record<string, unknown> = details;
  if (Array.isArray(details.issues)) {
    const issues = details.issues as unknown[];
    bounded = { ...details, issues: issues.slice(0, MAX_ISSUES).map(clipIssue) };
    if (issues.length > MAX_ISSUES) bounded.moreIssues = issues.length - MAX_ISSUES;
  }
  const result: ErrorEnvelope = { error: { code, message: clip(message, 1_000), details: bounded } };
  if (Buffer.byteLength(JSON.stringify(result)) <= MAX_ERROR_BODY_BYTES) return result;
  const { issues, moreIssues } = bounded;
  return {
    error: {
      code,
      message: result.error.message,
      details: {
        ...(issues ? { issues, ...(moreIssues ? { moreIssues } : {}) } : {}),
        detailsTruncated: true,
      },
    },
  };
}
