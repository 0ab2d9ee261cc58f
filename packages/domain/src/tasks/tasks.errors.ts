import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const TASK_ERROR_STATUS = {
  'TASK.NOT_FOUND': 404,
  // Kinds are chosen by server code, never by a request: an unknown one is our bug.
  'TASK.UNKNOWN_KIND': 500,
  // The task's work was cancelled by its owner (through the generation it runs): a conflict with its state.
  'TASK.CANCELLED': 409,
} as const satisfies ErrorStatusTable;

const taskError = DomainError.factory(TASK_ERROR_STATUS);

export const TaskErrors = {
  notFound: () => taskError('TASK.NOT_FOUND', 'The task does not exist.'),
  unknownKind: (kind: string) =>
    taskError('TASK.UNKNOWN_KIND', `No handler is registered for tasks of kind "${kind}".`, { kind }),
  /** Stored as a task's error when its worker died and it may not be retried. */
  interrupted: () => ({
    code: 'TASK.INTERRUPTED',
    message: 'The worker running this task stopped before it finished.',
  }),
  /** Thrown by a handler whose work its owner cancelled by other means: the task ends `cancelled`. */
  cancelled: () => taskError('TASK.CANCELLED', 'The work of this task was cancelled.'),
  /** Stored as a task's error when the handler threw something that is not a DomainError. */
  failed: (message: string) => ({ code: 'TASK.FAILED', message }),
};
