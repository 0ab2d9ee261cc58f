import type { GenerationStage, GenerationStatus, IClock, IEventRelay } from '@tailor/domain';
import { EntityEventLog } from '../events/entity-event-log.js';

export interface GenerationProgressEvent {
  status: GenerationStatus;
  stage: GenerationStage | null;
  progress: number;
}

/** The relay topic of generation stages. */
export const GENERATION_EVENTS_TOPIC = 'generations';

/** Every stage and progress change of the generations of every instance (see EntityEventLog). */
export class GenerationEventLog extends EntityEventLog<GenerationProgressEvent> {
  constructor(clock: IClock, relay?: IEventRelay) {
    super(GENERATION_EVENTS_TOPIC, clock, relay);
  }
}
