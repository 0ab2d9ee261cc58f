import type { GenerationStage, GenerationStatus, IClock, IEventRelay } from '@tailor/domain';

export interface GenerationProgressEvent {
  status: GenerationStatus;
  stage: GenerationStage | null;
  progress: number;
}

/** What travels through the relay: the generation's id and its new stage, never its results. */
interface RelayedGenerationEvent extends GenerationProgressEvent {
  generationId: string;
}

/** The relay topic of generation stages. */
export const GENERATION_EVENTS_TOPIC = 'generations';

const TERMINAL: ReadonlySet<GenerationStatus> = new Set(['succeeded', 'failed', 'cancelled']);
/** How long a finished run's events stay replayable for a client that connects late. */
const KEEP_AFTER_END_MS = 5 * 60 * 1000;
/** A run that went quiet this long without ending (its process died) is forgotten too. */
const KEEP_IDLE_MS = 60 * 60 * 1000;

/**
 * Every stage and progress change of the generations of every instance (they arrive through the relay: in
 * process on SQLite, LISTEN/NOTIFY on PostgreSQL), kept per generation until a few minutes after it ends, so an
 * event stream on any instance can replay the stages it missed and then follow the rest live, in order.
 */
export class GenerationEventLog {
  private readonly histories = new Map<
    string,
    { events: GenerationProgressEvent[]; endedAt: number | null; updatedAt: number }
  >();
  private readonly listeners = new Map<string, Set<(event: GenerationProgressEvent) => void>>();

  private onError: (error: unknown) => void = () => {};

  /** Without a relay (one process, tests) changes are recorded directly. */
  constructor(
    private readonly clock: IClock,
    private readonly relay?: IEventRelay,
  ) {
    this.relay?.subscribe(GENERATION_EVENTS_TOPIC, (message) => {
      const { generationId, ...event } = message as RelayedGenerationEvent;
      this.record(generationId, event);
    });
  }

  /** Where relay failures go (the app's logger once it exists). */
  reportErrorsTo(report: (error: unknown) => void): void {
    this.onError = report;
  }

  /**
   * Sends the change to every instance (this one hears it at once). Never rejects: a relay that fails costs
   * followers elsewhere a stage (they still read the stored state), not the generation itself.
   */
  async publish(generationId: string, event: GenerationProgressEvent): Promise<void> {
    if (!this.relay) return this.record(generationId, event);
    const relayed: RelayedGenerationEvent = { generationId, ...event };
    await this.relay.publish(GENERATION_EVENTS_TOPIC, relayed).catch((error: unknown) => this.onError(error));
  }

  history(generationId: string): GenerationProgressEvent[] {
    return [...(this.histories.get(generationId)?.events ?? [])];
  }

  subscribe(generationId: string, listener: (event: GenerationProgressEvent) => void): () => void {
    const set = this.listeners.get(generationId) ?? new Set();
    set.add(listener);
    this.listeners.set(generationId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(generationId);
    };
  }

  private record(generationId: string, event: GenerationProgressEvent): void {
    this.prune();
    const now = this.clock.now().getTime();
    const history = this.histories.get(generationId) ?? { events: [], endedAt: null, updatedAt: now };
    history.events.push(event);
    history.updatedAt = now;
    if (TERMINAL.has(event.status)) history.endedAt = now;
    this.histories.set(generationId, history);
    for (const listener of this.listeners.get(generationId) ?? []) listener(event);
  }

  private prune(): void {
    const now = this.clock.now().getTime();
    for (const [id, history] of this.histories) {
      const ended = history.endedAt !== null && history.endedAt < now - KEEP_AFTER_END_MS;
      if (ended || history.updatedAt < now - KEEP_IDLE_MS) this.histories.delete(id);
    }
  }
}
