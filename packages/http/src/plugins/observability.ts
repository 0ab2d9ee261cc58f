import { timingSafeEqual } from 'node:crypto';
import type { DeliveryEvent } from '@tailor/domain';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from '../errors/error-envelope.js';
import type { TailorMetrics } from '../observability/metrics.js';

const sameSecret = (given: string, expected: string) => {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Operations' view of the app: `GET /metrics` (Prometheus text; bearer METRICS_TOKEN when set), one log line
 * per request (route template, status, duration, request id, user), and one per background task start and end.
 * Logs carry ids and codes, never bodies, tokens or prompts.
 */
export const observabilityPlugin = fp<{
  metrics: TailorMetrics;
  metricsToken: string | undefined;
  tasks: { observe(listener: (event: DeliveryEvent) => void): () => void };
}>(
  async (app: FastifyInstance, { metrics, metricsToken, tasks }) => {
    app.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      const durationMs = reply.elapsedTime;
      metrics.observeRequest(route, request.method, reply.statusCode, durationMs / 1000);
      request.log.info(
        {
          method: request.method,
          route,
          status: reply.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
          ...(request.auth ? { userId: request.auth.userId } : {}),
        },
        'request',
      );
      done();
    });

    metrics.onLlmFailure((call) =>
      app.log.warn(
        {
          provider: call.provider,
          model: call.model,
          code: call.outcome,
          task: call.task,
          latencyMs: call.latencyMs,
        },
        'model call failed',
      ),
    );

    const stopObserving = tasks.observe((event) => {
      const { task } = event;
      const ids = { taskId: task.id, kind: task.kind, userId: task.userId, attempt: task.attempts };
      if (event.phase === 'leased') app.log.info(ids, 'task started');
      else if (event.phase === 'released') app.log.info(ids, 'task handed back');
      else {
        // How the work ended, as its entity recorded it (the delivery itself only ends).
        const { outcome } = event;
        metrics.observeTaskFinished(task.kind, outcome.status);
        if (outcome.status === 'failed') app.log.warn({ ...ids, code: outcome.error.code }, 'task failed');
        else app.log.info({ ...ids, status: outcome.status }, 'task finished');
      }
    });
    app.addHook('onClose', async () => stopObserving());

    app.get('/metrics', { schema: { hide: true }, config: { rateLimit: false } }, async (request, reply) => {
      if (metricsToken !== undefined) {
        const given = /^Bearer (.+)$/u.exec(request.headers.authorization ?? '')?.[1] ?? '';
        if (!sameSecret(given, metricsToken))
          throw new HttpError(
            401,
            'AUTH.UNAUTHENTICATED',
            'The metrics need the METRICS_TOKEN bearer token.',
          );
      }
      return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  },
  { name: 'observability' },
);
