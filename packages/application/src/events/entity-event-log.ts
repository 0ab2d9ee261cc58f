import type { IClock, IEventRelay } from '@tailor/domain';

/** The part of a change every entity with a lifecycle reports: where it is now. */
export interface EntityProgressEvent {
  status: string;
  stage: string | null;
  progress: number;
}

/** What travels through the relay: the entity's id and its new stage, never its results. */
interface RelayedEntityEvent<E> {
  entityId: string;
  event: E;
}

const TERMINAL: ReadonlySet<string> = new Set(['succeeded', 'failed', 'cancelled']);
/** How long a finished run's events stay replayable for a client that connects late. */
const KEEP_AFTER_END_MS = 5 * 60 * 1000;
/** A run that went quiet this long without ending (its process died) is forgotten too. */
const KEEP_IDLE_MS = 60 * 60 * 1000;

/** What an event stream reads of a log: the changes so far, then each new one. */
export interface EntityEventFeed<E extends EntityProgressEvent = EntityProgressEvent> {
  history(entityId: string): E[];
  /** Listens to one entity's changes; returns the unsubscribe function. */
  subscribe(entityId: string, listener: (event: E) => void): () => void;
}

/**
 * Every stage and progress change of one kind of entity (generations, enhancements…) on every instance (they
 * arrive through the relay: in process on SQLite, LISTEN/NOTIFY on PostgreSQL), kept per entity until a few
 * minutes after it ends, so an event stream on any instance can replay the stages it missed and then follow
 * the rest live, in order.
 */
export class EntityEventLog<E extends EntityProgressEvent> implements EntityEventFeed<E> {
  private readonly histories = new Map<string, { events: E[]; endedAt: number | null; updatedAt: number }>();
  private readonly listeners = new Map<string, Set<(event: E) => void>>();

  private onError: (error: unknown) => void = () => {};

  /** Without a relay (one process, tests) changes are recorded directly. */
  constructor(
    private readonly topic: string,
    private readonly clock: IClock,
    private readonly relay?: IEventRelay,
  ) {
    this.relay?.subscribe(topic, (message) => {
      const { entityId, event } = message as RelayedEntityEvent<E>;
      this.record(entityId, event);
    });
  }

  /** Where relay failures go (the app's logger once it exists). */
  reportErrorsTo(report: (error: unknown) => void): void {
    this.onError = report;
  }

  /**
   * Sends the change to every instance (this one hears it at once). Never rejects: a relay that fails costs
   * followers elsewhere a stage (they still read the stored state), not the work itself.
   */
  async publish(entityId: string, event: E): Promise<void> {
    if (!this.relay) return this.record(entityId, event);
    const relayed: RelayedEntityEvent<E> = { entityId, event };
    await this.relay.publish(this.topic, relayed).catch((error: unknown) => this.onError(error));
  }

  history(entityId: string): E[] {
    return [...(this.histories.get(entityId)?.events ?? [])];
  }

  subscribe(entityId: string, listener: (event: E) => void): () => void {
    const set = this.listeners.get(entityId) ?? new Set();
    set.add(listener);
    this.listeners.set(entityId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(entityId);
    };
  }

  private record(entityId: string, event: E): void {
    this.prune();
    const now = this.clock.now().getTime();
    const history = this.histories.get(entityId) ?? { events: [], endedAt: null, updatedAt: now };
    history.events.push(event);
    history.updatedAt = now;
    if (TERMINAL.has(event.status)) history.endedAt = now;
    this.histories.set(entityId, history);
    for (const listener of this.listeners.get(entityId) ?? []) listener(event);
  }

  private prune(): void {
    const now = this.clock.now().getTime();
    for (const [id, history] of this.histories) {
      const ended = history.endedAt !== null && history.endedAt < now - KEEP_AFTER_END_MS;
      if (ended || history.updatedAt < now - KEEP_IDLE_MS) this.histories.delete(id);
    }
  }
}
