import fp from 'fastify-plugin';
import { HttpError } from '../errors/error-envelope.js';
import type { Caller } from '@tailor/domain';

/**
 * Event streams one user may hold open on one instance. Browsers open at most six HTTP/1.1 connections per
 * origin, so a seventh stream from one person is a script, not a tab; and each open stream costs a poll loop.
 */
export const MAX_EVENT_STREAMS_PER_USER = 6;

/** How often open streams are checked against the revocation list (which itself syncs about once a second). */
const REVOCATION_CHECK_MS = 1_000;

/** The last frame of a stream whose session was ended (logout, password change, account deletion). */
export const REVOKED_FRAME = `event: revoked\ndata: ${JSON.stringify({
  error: { code: 'AUTH.SESSION_REVOKED', message: 'The session of this stream has ended.', details: {} },
})}\n\n`;

/** Why a stream is ended from outside: its session was revoked, or the server is shutting down. */
export type StreamCloseReason = 'revoked' | 'shutdown';

interface OpenStream {
  /** The session or API key the stream was opened with: revoking it ends the stream. */
  credentialId: string;
  /** Ends the stream from outside; idempotent. */
  close: (reason: StreamCloseReason) => void;
}

/**
 * Every server-sent event stream of this instance, by user: caps them per user and closes those whose
 * session or API key has been revoked, on this instance or any other (the revocation list syncs across instances).
 * One timer checks all streams, and only while some are open.
 */
export class EventStreamRegistry {
  private readonly byUser = new Map<string, Set<OpenStream>>();
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  constructor(
    private readonly isRevoked: (sessionId: string) => Promise<boolean>,
    private readonly maxPerUser = MAX_EVENT_STREAMS_PER_USER,
    private readonly checkEveryMs = REVOCATION_CHECK_MS,
  ) {}

  /**
   * Registers a stream of `caller`, or throws 429 `RATE_LIMIT.TOO_MANY_STREAMS` when the user already holds
   * the maximum. Returns the function that unregisters it (call it when the stream ends, however it ends).
   */
  open(caller: Caller, close: OpenStream['close']): () => void {
    const streams = this.byUser.get(caller.userId) ?? new Set<OpenStream>();
    if (streams.size >= this.maxPerUser)
      throw new HttpError(
        429,
        'RATE_LIMIT.TOO_MANY_STREAMS',
        `At most ${this.maxPerUser} event streams may be open at once; close one first.`,
        { limit: this.maxPerUser },
      );
    const credentialId = caller.via === 'session' ? caller.sessionId : caller.apiKeyId;
    const stream: OpenStream = { credentialId, close };
    streams.add(stream);
    this.byUser.set(caller.userId, streams);
    this.timer ??= setInterval(() => void this.closeRevoked(), this.checkEveryMs).unref();
    return () => {
      streams.delete(stream);
      if (streams.size === 0) this.byUser.delete(caller.userId);
      if (this.byUser.size === 0) this.stopTimer();
    };
  }

  /** Streams `userId` holds open on this instance. */
  openCount(userId: string): number {
    return this.byUser.get(userId)?.size ?? 0;
  }

  /** Ends every stream (shutdown), so no client holds the server open; clients reconnect elsewhere. */
  closeAll(): void {
    for (const stream of this.all()) stream.close('shutdown');
    this.stopTimer();
  }

  private async closeRevoked(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const verdicts = new Map<string, boolean>();
      for (const stream of this.all()) {
        if (!verdicts.has(stream.credentialId))
          verdicts.set(stream.credentialId, await this.isRevoked(stream.credentialId).catch(() => false));
        if (verdicts.get(stream.credentialId)) stream.close('revoked');
      }
    } finally {
      this.checking = false;
    }
  }

  private all(): OpenStream[] {
    return [...this.byUser.values()].flatMap((streams) => [...streams]);
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    eventStreams: EventStreamRegistry;
  }
}

/** Decorates the app with the registry every event-stream route opens its streams through. */
export const eventStreamsPlugin = fp<{ isRevoked: (sessionId: string) => Promise<boolean> }>(
  async (app, { isRevoked }) => {
    const registry = new EventStreamRegistry(isRevoked);
    app.decorate('eventStreams', registry);
    app.addHook('preClose', async () => registry.closeAll());
  },
  { name: 'event-streams' },
);
