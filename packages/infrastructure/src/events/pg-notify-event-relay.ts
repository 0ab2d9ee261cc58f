import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import type { IEventRelay } from '@tailor/domain';
import { encodeRelayMessage, InProcessEventRelay } from './in-process-event-relay.js';

/** One channel for every topic: one LISTEN per instance, whatever the topics. */
export const EVENT_CHANNEL = 'tailor_events';

interface Envelope {
  /** The publishing process, which has already delivered the message to its own listeners. */
  o: string;
  t: string;
  m: unknown;
}

/**
 * Every instance on one PostgreSQL database hears every message, through LISTEN/NOTIFY on the application
 * database (nothing else to run). Listeners in the publishing process hear a message at once; the others when
 * PostgreSQL delivers it. Order holds because each process sends its NOTIFYs over one connection of its own,
 * one after the other, and PostgreSQL delivers notifications in the order their transactions committed.
 * postgres.js keeps the LISTEN connection up and listens again after a reconnect; what was sent in between is
 * lost for that instance (see IEventRelay: followers also read the stored state now and then).
 */
export class PgNotifyEventRelay implements IEventRelay {
  private readonly local = new InProcessEventRelay();
  private readonly origin = randomUUID();
  private listening: { unlisten(): Promise<void> } | null = null;

  private constructor(private readonly client: postgres.Sql) {}

  static open(url: string): PgNotifyEventRelay {
    // max 1: NOTIFYs leave in publish order (the LISTEN connection is postgres.js's own, outside this pool).
    return new PgNotifyEventRelay(postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} }));
  }

  /** Starts listening; until then only this process's own messages are heard. */
  async start(): Promise<void> {
    if (this.listening) return;
    this.listening = await this.client.listen(EVENT_CHANNEL, (payload) => this.receive(payload));
  }

  async publish(topic: string, message: unknown): Promise<void> {
    encodeRelayMessage(message);
    this.local.deliver(topic, message);
    const envelope: Envelope = { o: this.origin, t: topic, m: message };
    await this.client.notify(EVENT_CHANNEL, JSON.stringify(envelope));
  }

  subscribe(topic: string, listener: (message: unknown) => void): () => void {
    return this.local.subscribe(topic, listener);
  }

  async stop(): Promise<void> {
    await this.listening?.unlisten().catch(() => {});
    this.listening = null;
    await this.client.end({ timeout: 5 });
  }

  private receive(payload: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch {
      return; // Not ours (someone else NOTIFYing on the channel): nothing to deliver.
    }
    if (envelope.o === this.origin || typeof envelope.t !== 'string') return;
    this.local.deliver(envelope.t, envelope.m);
  }
}
