import { createParser, type EventSourceMessage } from 'eventsource-parser';

export type ServerSentEvent = EventSourceMessage;

/**
 * The events of a `text/event-stream` body in order, until the server closes the stream. Comments
 * (the heartbeats) are skipped; `data` stays a string because each stream documents its own payload.
 */
export async function* readEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const pending: ServerSentEvent[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event) });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      parser.feed(done ? decoder.decode() : decoder.decode(value, { stream: true }));
      yield* pending.splice(0);
      if (done) return;
    }
  } finally {
    // Leaving the loop early (the caller saw what it waited for) cancels the request.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
