import type { ITaskRepository } from '@tailor/domain';
import PgBoss from 'pg-boss';
import type { ClaimTask, TaskSource } from './task-source.js';

const QUEUE = 'tailor-background-tasks';
/** How long an owner at their cap waits before their task is offered again. */
const CAPPED_RETRY_SECONDS = 1;
const MAX_JOBS_PER_PULL = 10;

/**
 * pg-boss (PostgreSQL only) delivers task ids, so several app instances share the queue. A delivery is
 * acknowledged as soon as the row is claimed (or found finished): running state, heartbeats and crash
 * recovery stay with the row, and a recovered task is simply announced again.
 */
export class PgBossTaskSource implements TaskSource {
  private readonly boss: PgBoss;

  constructor(
    connectionString: string,
    private readonly tasks: ITaskRepository,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.boss = new PgBoss({ connectionString, max: 3, schedule: false, supervise: true });
    this.boss.on('error', this.onError);
  }

  async start(): Promise<void> {
    await this.boss.start();
    await this.boss.createQueue(QUEUE);
    // A crash between storing a row and sending its id would strand it: offer every queued task again.
    await this.announce(await this.tasks.listQueuedIds(10_000));
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true });
  }

  async announce(taskIds: string[]): Promise<void> {
    if (taskIds.length === 0) return;
    await this.boss.insert(taskIds.map((taskId) => ({ name: QUEUE, data: { taskId } })));
  }

  async next(claim: ClaimTask) {
    for (let pulled = 0; pulled < MAX_JOBS_PER_PULL; pulled += 1) {
      const [job] = await this.boss.fetch<{ taskId: string }>(QUEUE, { batchSize: 1 });
      if (!job) return null;
      const taskId = job.data.taskId;
      const claimed = await claim(taskId);
      await this.boss.complete(QUEUE, job.id);
      if (claimed) return claimed;
      // Not claimable: finished or claimed elsewhere (drop the delivery), or its owner is at the cap.
      const task = await this.tasks.get(taskId);
      if (task?.status === 'queued') {
        await this.boss.send(QUEUE, { taskId }, { startAfter: CAPPED_RETRY_SECONDS });
      }
    }
    return null;
  }
}
