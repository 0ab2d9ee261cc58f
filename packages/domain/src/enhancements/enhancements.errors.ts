import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const ENHANCEMENT_ERROR_STATUS = {
  'ENHANCEMENT.NOT_FOUND': 404,
  'ENHANCEMENT.NOT_READY': 409,
  'ENHANCEMENT.NOT_APPLIED': 409,
} as const satisfies ErrorStatusTable;

const enhancementError = DomainError.factory(ENHANCEMENT_ERROR_STATUS);

export const EnhancementErrors = {
  notFound: () => enhancementError('ENHANCEMENT.NOT_FOUND', 'The enhancement does not exist.'),
  notReady: (status: string) =>
    enhancementError('ENHANCEMENT.NOT_READY', 'The enhancement has not finished successfully.', { status }),
  notApplied: () =>
    enhancementError(
      'ENHANCEMENT.NOT_APPLIED',
      'This enhancement was not applied to the profile; nothing to restore.',
    ),
};
