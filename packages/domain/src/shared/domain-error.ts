/**
 * A failure the domain can name. `code` is stable and public (clients branch on it, the HTTP layer maps it
 * to a status); `message` is a human sentence; `details` carries structured, non-secret context.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
