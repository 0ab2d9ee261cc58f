import type { GenerationStage, GenerationStatus, IClock } from '@tailor/domain';

export interface GenerationProgressEvent {
  status: GenerationStatus;
  stage: GenerationStage | null;
  progress: number;
}

const TERMINAL: ReadonlySet<GenerationStatus> = new Set(['succeeded', 'failed', 'cancelled']);
/** How long a finished run's events stay replayable for a client that connects late. */
const KEEP_AFTER_END_MS = 5 * 60 * 1000;

/**
 * Every stage and progress change of the generations this process runs, kept per generation until a few
 * minutes after it ends, so an event stream can replay the stages it missed and then follow the rest live.
 */
export class GenerationEventLog {
  private readonly histories = new Map<
    string,
    { events: GenerationProgressEvent[]; endedAt: number | null }
  >();
  private readonly listeners = new Map<string, Set<(event: GenerationProgressEvent) => void>>();

  constructor(private readonly clock: IClock) {}

  publish(generationId: string, event: GenerationProgressEvent): void {
    this.prune();
    const history = this.histories.get(generationId) ?? { events: [], endedAt: null };
    history.events.push(event);
    if (TERMINAL.has(event.status)) history.endedAt = this.clock.now().getTime();
    this.histories.set(generationId, history);
    for (const listener of this.listeners.get(generationId) ?? []) listener(event);
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

  private prune(): void {
    const cutoff = this.clock.now().getTime() - KEEP_AFTER_END_MS;
    for (const [id, history] of this.histories) {
      if (history.endedAt !== null && history.endedAt < cutoff) this.histories.delete(id);
    }
  }
}
