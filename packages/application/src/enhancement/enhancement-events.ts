import type { Enhancement, IClock, IEventRelay } from '@tailor/domain';
import { EntityEventLog } from '../events/entity-event-log.js';

/** A change of an enhancement as its followers hear it: where it is now, never its proposals. */
export type EnhancementProgressEvent = Pick<Enhancement, 'status' | 'stage' | 'progress'>;

/** Every stage and progress change of the enhancements of every instance (see EntityEventLog). */
export type EnhancementEventLog = EntityEventLog<EnhancementProgressEvent>;

/** The log of enhancement changes, on the relay topic `enhancements`. */
export const enhancementEventLog = (clock: IClock, relay?: IEventRelay): EnhancementEventLog =>
  new EntityEventLog('enhancements', clock, relay);

/** Tells the enhancement's followers where it is now. */
export const publishEnhancement = (events: EnhancementEventLog | undefined, enhancement: Enhancement) =>
  events?.publish(enhancement.id, {
    status: enhancement.status,
    stage: enhancement.stage,
    progress: enhancement.progress,
  });
