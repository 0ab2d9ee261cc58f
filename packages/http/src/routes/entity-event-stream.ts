import type { EntityEventFeed, EntityProgressEvent } from '@tailor/application';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { caller } from '../plugins/authentication.js';
import { REVOKED_FRAME, type StreamCloseReason } from '../plugins/event-streams.js';

/** Comments this often keep buffering proxies from holding a quiet stream back. */
const KEEP_ALIVE_MS = 15_000;
/** Longest wait between two looks at the pending events (a new event wakes the stream at once). */
const WAIT_MS = 500;
/** How often a quiet stream reads the stored state, in case the relay lost a message. */
const SAFETY_READ_MS = 3_000;
const TERMINAL: ReadonlySet<string> = new Set(['succeeded', 'failed', 'cancelled']);

/** One server-sent event: its name and its JSON data. */
export interface EventFrame {
  event: string;
  data: unknown;
}

export interface EntityEventStream<S extends E, E extends EntityProgressEvent> {
  entityId: string;
  /**
   * The entity as stored. Read once before the stream opens (so a missing or foreign entity is an error
   * response, not a stream), every few seconds as a safety net, and once more for the last frame.
   */
  read: () => Promise<S>;
  /** The entity's changes: replayed from its history, then live from every instance. */
  feed: EntityEventFeed<E>;
  /** The frame of each change of status, stage or progress before the end. */
  change: (state: S) => EventFrame;
  /** The last frame, with the stored final state; the stream then closes. */
  end: (state: S) => EventFrame;
}

const frame = ({ event, data }: EventFrame) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * Serves one entity's event stream (a generation, an enhancement, a task's view of its work): its stages
 * replayed from the event log's history (a client that connects late still sees each one), then live, in order,
 * until it ends. The stored state is read every few seconds only as a safety net: it may end the stream or
 * move it forward, never back. The stream counts against the caller's cap, ends with `event: revoked` when
 * its session does and closes at shutdown (see the event-streams plugin).
 */
export async function serveEntityEvents<S extends E, E extends EntityProgressEvent>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  stream: EntityEventStream<S, E>,
): Promise<void> {
  let current = await stream.read();
  let closed = false;
  let endedBecause: StreamCloseReason | undefined;
  let wake: () => void = () => {};
  const release = app.eventStreams.open(caller(request), (reason) => {
    endedBecause ??= reason;
    closed = true;
    wake();
  });
  reply.hijack();
  const out = reply.raw;
  out.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': request.id,
  });
  const key = (state: EntityProgressEvent) => `${state.status}|${state.stage}|${state.progress}`;
  let last = '';
  const send = (state: S) => {
    if (key(state) === last || TERMINAL.has(state.status)) return;
    last = key(state);
    out.write(frame(stream.change(state)));
  };
  // The response's close, not the request's: a request without a body may count as closed once it is read.
  out.on('close', () => {
    closed = true;
    wake();
  });
  const pending = stream.feed.history(stream.entityId);
  const unsubscribe = stream.feed.subscribe(stream.entityId, (event) => {
    pending.push(event);
    wake();
  });
  try {
    if (pending.length === 0) send(current);
    let lastBeat = Date.now();
    let lastRead = Date.now();
    for (;;) {
      for (const event of pending.splice(0)) {
        current = { ...current, ...event };
        send(current);
      }
      if (closed || TERMINAL.has(current.status)) break;
      // Whichever comes first, a new event or the wait running out; an early wake cancels the timer so a
      // busy stream does not leave one behind per event.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, WAIT_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (pending.length === 0 && Date.now() - lastRead >= SAFETY_READ_MS) {
        const stored = await stream.read().catch(() => null);
        lastRead = Date.now();
        if (!stored) break;
        if (pending.length === 0) {
          if (TERMINAL.has(stored.status)) current = stored;
          else if (stored.progress > current.progress) send((current = stored));
        }
      }
      if (Date.now() - lastBeat >= KEEP_ALIVE_MS) {
        out.write(': heartbeat\n\n');
        lastBeat = Date.now();
      }
    }
    if (!closed) out.write(frame(stream.end(await stream.read().catch(() => current))));
    if (endedBecause === 'revoked') out.write(REVOKED_FRAME);
  } finally {
    release();
    unsubscribe();
    out.end();
  }
}
