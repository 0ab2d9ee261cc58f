import fp from 'fastify-plugin';
import { HttpError } from '../errors/error-envelope.js';
import { findHostileInput, rawJsonProblem, textProblem } from '../validation/hostile-input.js';

/** The request headers the API reads as values (others are ignored, so they need no rule). */
const READ_HEADERS = ['authorization', 'if-match', 'idempotency-key'] as const;

const PARTS = ['params', 'query', 'body'] as const;

const refuse = (path: string, message: string) =>
  new HttpError(400, 'VALIDATION.FAILED', 'The request is not valid.', { issues: [{ path, message }] });

/**
 * One input rule at the edge for every route, before its schema runs and before anything reaches a
 * database: NUL and unpaired surrogates in any string, absurd nesting and absurdly long arrays are refused
 * with 400 VALIDATION.FAILED naming the field — identically on SQLite and PostgreSQL.
 */
export const inputGuardPlugin = fp(
  async (app) => {
    // JSON bodies nested too deep, or with too many keys in one object, are refused before they are parsed
    // (see rawJsonProblem); the rest is parsed exactly as Fastify does by default.
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      const problem = rawJsonProblem(text);
      if (problem) return done(refuse('body', problem), undefined);
      void parseJson(request, text, done);
    });
    // A plain (callback) hook: it never waits, and an async one costs every request a promise and a tick.
    app.addHook('preValidation', (request, _reply, done) => {
      for (const name of READ_HEADERS) {
        const value = request.headers[name];
        const problem = typeof value === 'string' ? textProblem(value) : null;
        if (problem) return done(refuse(`headers.${name}`, problem));
      }
      for (const part of PARTS) {
        const issue = findHostileInput(request[part], part);
        if (issue) return done(refuse(issue.path, issue.message));
      }
      done();
    });
  },
  { name: 'input-guard', dependencies: ['error-handler'] },
);
