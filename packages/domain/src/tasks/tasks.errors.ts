import { DomainError } from '../shared/domain-error.js';

// HTTP statuses (mapped in the http layer): NOT_FOUND 404, UNKNOWN_KIND 400, NOT_CANCELLABLE 409.
export const TaskErrors = {
  notFound: () => new DomainError('TASK.NOT_FOUND', 'The task does not exist.'),
  unknownKind: (kind: string) =>
    new DomainError('TASK.UNKNOWN_KIND', `No handler is registered for tasks of kind "${kind}".`, { kind }),
  /** Stored as a task's error when its worker died and it may not be retried. */
  interrupted: () => ({
    code: 'TASK.INTERRUPTED',
    message: 'The worker running this task stopped before it finished.',
  }),
  /** Thrown by a handler whose work its owner cancelled by other means: the task ends `cancelled`. */
  cancelled: () => new DomainError('TASK.CANCELLED', 'The work of this task was cancelled.'),
  /** Stored as a task's error when the handler threw something that is not a DomainError. */
  failed: (message: string) => ({ code: 'TASK.FAILED', message }),
};
