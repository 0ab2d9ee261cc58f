import type { IDependencyProbe } from '@tailor/domain';

/** The queue is ready while this process claims tasks; a stopped or never-started runner is not. */
export class QueueProbe implements IDependencyProbe {
  readonly name = 'queue';

  constructor(private readonly queue: { readonly isRunning: boolean }) {}

  async check(): Promise<void> {
    if (!this.queue.isRunning) throw new Error('the task runner is not running');
  }
}
