import type { IEventRelay } from '@tailor/domain';
import { InProcessEventRelay } from './in-process-event-relay.js';
import { PgNotifyEventRelay } from './pg-notify-event-relay.js';

export { InProcessEventRelay } from './in-process-event-relay.js';
export { PgNotifyEventRelay, EVENT_CHANNEL } from './pg-notify-event-relay.js';

/** A relay with the start-up and shutdown the composition root drives. */
export interface ManagedEventRelay extends IEventRelay {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * PostgreSQL: LISTEN/NOTIFY, so every instance on the database hears every message. SQLite is one process
 * by nature: in-process delivery.
 */
export function openEventRelay(databaseUrl: string): ManagedEventRelay {
  if (/^postgres(ql)?:\/\//u.test(databaseUrl)) return PgNotifyEventRelay.open(databaseUrl);
  return new InProcessEventRelay();
}
