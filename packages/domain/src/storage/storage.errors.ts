import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const STORAGE_ERROR_STATUS = {
  // Keys are built by the server, never taken from a request: a refused key is our fault.
  'STORAGE.INVALID_KEY': 500,
} as const satisfies ErrorStatusTable;

const storageError = DomainError.factory(STORAGE_ERROR_STATUS);

export const StorageErrors = {
  invalidKey: (key: string, reason: string) =>
    storageError('STORAGE.INVALID_KEY', `The storage key is not allowed: ${reason}.`, { key, reason }),
};
