import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const TASK_ERROR_STATUS = {
  'TASK.NOT_FOUND': 404,
  // Kinds are chosen by server code, never by a request: an unknown one is our bug.
  'TASK.UNKNOWN_KIND': 500,
} as const satisfies ErrorStatusTable;

const taskError = DomainError.factory(TASK_ERROR_STATUS);

export const TaskErrors = {
  notFound: () => taskError('TASK.NOT_FOUND', 'The task does not exist.'),
  unknownKind: (kind: string) =>
    taskError('TASK.UNKNOWN_KIND', `No handler is registered for tasks of kind "${kind}".`, { kind }),
  /** Recorded on the entity when its delivery is given up: its workers kept dying, out of attempts. */
  interrupted: () => ({
    code: 'TASK.INTERRUPTED',
    message: 'The worker running this task stopped before it finished.',
  }),
  /** Recorded as the work's error when a handler threw something that is not a DomainError. */
  failed: (message: string) => ({ code: 'TASK.FAILED', message }),
};
