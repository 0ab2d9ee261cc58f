import { EventEmitter } from 'node:events';
import { EVENT_RELAY_MAX_BYTES, type IEventRelay } from '@tailor/domain';

/** Checks a message's size against the limit every relay shares, and returns it encoded. */
export function encodeRelayMessage(message: unknown): string {
  const encoded = JSON.stringify(message);
  const bytes = Buffer.byteLength(encoded);
  if (bytes > EVENT_RELAY_MAX_BYTES)
    throw new Error(`event relay message of ${bytes} bytes is over the ${EVENT_RELAY_MAX_BYTES}-byte limit`);
  return encoded;
}

/**
 * One process only (SQLite, or a single instance): an EventEmitter. Listeners hear each message inside
 * `publish`, in order. The size limit is checked here too, so nothing that works on SQLite fails on PostgreSQL.
 */
export class InProcessEventRelay implements IEventRelay {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Many event streams may follow one topic.
    this.emitter.setMaxListeners(0);
  }

  /** Nothing to connect or close: the same lifecycle as the cross-instance relay. */
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async publish(topic: string, message: unknown): Promise<void> {
    encodeRelayMessage(message);
    this.deliver(topic, message);
  }

  subscribe(topic: string, listener: (message: unknown) => void): () => void {
    this.emitter.on(topic, listener);
    return () => this.emitter.off(topic, listener);
  }

  /** Hands a message to this process's listeners (also what a cross-instance relay does on arrival). */
  deliver(topic: string, message: unknown): void {
    this.emitter.emit(topic, message);
  }
}
