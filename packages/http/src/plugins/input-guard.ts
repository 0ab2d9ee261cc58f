import fp from 'fastify-plugin';
import { HttpError } from '../errors/error-envelope.js';
import { findHostileInput, textProblem } from '../validation/hostile-input.js';

/** The request headers the API reads as values (others are ignored, so they need no rule). */
const READ_HEADERS = ['authorization', 'if-match', 'idempotency-key'] as const;

const refuse = (path: string, message: string) =>
  new HttpError(400, 'VALIDATION.FAILED', 'The request is not valid.', { issues: [{ path, message }] });

/**
 * One input rule at the edge for every route, before its schema runs and before anything reaches a
 * database: NUL and unpaired surrogates in any string, absurd nesting and absurdly long arrays are refused
 * with 400 VALIDATION.FAILED naming the field — identically on SQLite and PostgreSQL.
 */
export const inputGuardPlugin = fp(
  async (app) => {
    app.addHook('preValidation', async (request) => {
      for (const name of READ_HEADERS) {
        const value = request.headers[name];
        const problem = typeof value === 'string' ? textProblem(value) : null;
        if (problem) throw refuse(`headers.${name}`, problem);
      }
      const parts = [
        ['params', request.params],
        ['query', request.query],
        ['body', request.body],
      ] as const;
      for (const [part, value] of parts) {
        const issue = findHostileInput(value, part);
        if (issue) throw refuse(issue.path, issue.message);
      }
    });
  },
  { name: 'input-guard', dependencies: ['error-handler'] },
);
