import type { Enhancement, EnhancementStatus, IClock, IEventRelay } from '@tailor/domain';
import { EntityEventLog } from '../events/entity-event-log.js';

export interface EnhancementProgressEvent {
  status: EnhancementStatus;
  stage: string | null;
  progress: number;
}

/** The relay topic of enhancement stages. */
export const ENHANCEMENT_EVENTS_TOPIC = 'enhancements';

/** Every stage and progress change of the enhancements of every instance (see EntityEventLog). */
export class EnhancementEventLog extends EntityEventLog<EnhancementProgressEvent> {
  constructor(clock: IClock, relay?: IEventRelay) {
    super(ENHANCEMENT_EVENTS_TOPIC, clock, relay);
  }

  /** Publishes where the enhancement is now. */
  publishState(enhancement: Enhancement): Promise<void> {
    const { status, stage, progress } = enhancement;
    return this.publish(enhancement.id, { status, stage, progress });
  }
}
